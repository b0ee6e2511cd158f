package io.argus.tsdb.head;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesMapTest {

  @Test
  void keepsSeriesWhoseLabelsShareAHashApart() {
    SeriesMap map = new SeriesMap();
    long hash = 42;
    MemSeries a = new MemSeries(1, Labels.of("a", "1"));
    MemSeries b = new MemSeries(2, Labels.of("b", "2"));
    MemSeries c = new MemSeries(3, Labels.of("c", "3"));
    map.put(hash, a);
    map.put(hash, b);
    map.put(hash, c);
    assertThat(map.get(hash, a.labels)).isSameAs(a);
    assertThat(map.get(hash, b.labels)).isSameAs(b);
    assertThat(map.get(hash, c.labels)).isSameAs(c);
    assertThat(map.get(hash, Labels.of("d", "4"))).isNull();

    map.remove(hash, b);
    assertThat(map.get(hash, b.labels)).isNull();
    assertThat(map.get(hash, a.labels)).isSameAs(a);
    assertThat(map.get(hash, c.labels)).isSameAs(c);
    map.remove(hash, c);
    map.remove(hash, a);
    assertThat(map.get(hash, a.labels)).isNull();
    assertThat(map.byId(1)).isNull();
  }

  @Test
  void survivesManyInsertionsAndRemovalsWithProbeChainsIntact() {
    SeriesMap map = new SeriesMap();
    List<MemSeries> all = new ArrayList<>();
    for (int i = 1; i <= 20_000; i++) {
      MemSeries s = new MemSeries(i, Labels.of("__name__", "m", "i", Integer.toString(i)));
      all.add(s);
      // Few distinct hashes in one stripe region stress linear probing and backward shifts.
      map.put((i % 7) << 3 | (long) i << 20, s);
    }
    for (int i = 0; i < all.size(); i += 2) {
      MemSeries s = all.get(i);
      map.remove(((s.id % 7) << 3) | (long) s.id << 20, s);
    }
    for (MemSeries s : all) {
      long hash = ((s.id % 7) << 3) | (long) s.id << 20;
      if (s.id % 2 == 1) {
        assertThat(map.get(hash, s.labels)).as("series %d", s.id).isNull();
        assertThat(map.byId(s.id)).isNull();
      } else {
        assertThat(map.get(hash, s.labels)).as("series %d", s.id).isSameAs(s);
        assertThat(map.byId(s.id)).isSameAs(s);
      }
    }
  }
}
