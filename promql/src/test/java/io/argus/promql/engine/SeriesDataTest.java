package io.argus.promql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesDataTest {

  @Test
  void hintedLookupAgreesWithBinarySearch() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      long[] times = new long[random.nextInt(50)];
      long time = random.nextInt(10);
      for (int i = 0; i < times.length; i++) {
        time += 1 + random.nextInt(20);
        times[i] = time;
      }
      int hint = -1;
      for (int query = 0; query < 100; query++) {
        long at = random.nextInt((int) time + 30) - 10;
        int expected = SeriesData.lastAtOrBefore(times, at);
        int actual = SeriesData.lastAtOrBefore(times, at, hint);
        assertThat(actual).as("times %s at %d hint %d", Arrays.toString(times), at, hint)
            .isEqualTo(expected);
        hint = random.nextBoolean() ? actual : random.nextInt(times.length + 2) - 1;
      }
    }
  }

  @Test
  void stalenessMarkersAreKeptForInstantLookupsOnly() {
    SeriesData series =
        new SeriesData(
            io.argus.core.label.Labels.of("a", "1"),
            new long[] {1, 2, 3},
            new double[] {1, io.argus.core.storage.StaleMarker.STALE_NAN, 3});
    assertThat(series.allTimestamps).containsExactly(1, 2, 3);
    assertThat(series.timestamps).containsExactly(1, 3);
    assertThat(series.values).containsExactly(1, 3);
  }
}
