package io.argus.tsdb.head;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadReplayTest {

  private static final Labels SERIES = Labels.of("__name__", "up");

  @Test
  void aSeriesLoggedUnderTwoIdsKeepsTheSamplesOfBoth() {
    Head head = new Head(HeadOptions.defaults());
    head.replaySeries(3, SERIES);
    head.replaySample(3, 1_000, 1);
    head.replaySeries(9, SERIES); // re-created after a truncation, before the checkpoint
    head.replaySample(9, 2_000, 2);
    head.replaySample(9, 2_000, 2); // replayed twice (checkpoint and segment overlap): skipped
    head.replaySample(42, 3_000, 3); // unknown series
    assertThat(head.seriesCount()).isEqualTo(1);
    assertThat(head.isLive(3)).isTrue();
    assertThat(head.isLive(9)).as("checkpoints must keep the alias' records").isTrue();
    assertThat(head.isLive(42)).isFalse();
    assertThat(timestamps(head)).containsExactly(1_000L, 2_000L);

    var appender = head.appender();
    long ref = appender.append(0, Labels.of("__name__", "new"), 4_000, 1);
    appender.commit();
    assertThat(ref).as("new ids never reuse a replayed one").isGreaterThan(9);
  }

  private static List<Long> timestamps(Head head) {
    List<Long> result = new ArrayList<>();
    try (Querier querier = head.querier(0, Long.MAX_VALUE)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "up"));
      while (set.next()) {
        SampleIterator iterator = set.at().iterator(null);
        while (iterator.next()) {
          result.add(iterator.timestampMillis());
        }
      }
    }
    return result;
  }
}
