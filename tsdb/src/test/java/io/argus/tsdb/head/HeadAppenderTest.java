package io.argus.tsdb.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.DuplicateSampleException;
import io.argus.core.storage.InvalidSeriesException;
import io.argus.core.storage.OutOfBoundsException;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StorageException;
import io.argus.tsdb.chunk.XorChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadAppenderTest {

  private static final long HOUR = 3_600_000L;
  private static final Labels SERIES = Labels.of("__name__", "up", "job", "api");

  private final Head head = new Head(HeadOptions.defaults());

  @Test
  void returnsARefThatFindsTheSeriesWithoutLabels() {
    Appender appender = head.appender();
    long ref = appender.append(0, SERIES, 1_000, 1);
    assertThat(ref).isPositive();
    assertThat(appender.append(ref, null, 2_000, 2)).isEqualTo(ref);
    appender.commit();
    assertThat(timestamps(SERIES, 0, 10_000)).containsExactly(1_000L, 2_000L);
    Appender next = head.appender();
    assertThat(next.append(0, SERIES, 3_000, 3)).isEqualTo(ref);
    assertThat(next.append(987_654, SERIES, 4_000, 4))
        .as("an unknown ref falls back to the labels")
        .isEqualTo(ref);
    next.commit();
    assertThat(head.seriesCount()).isEqualTo(1);
  }

  @Test
  void refusesDuplicatesAndOutOfOrderButAcceptsTheSameSampleAgain() {
    Appender appender = head.appender();
    appender.append(0, SERIES, 10_000, 1);
    appender.commit();
    Appender next = head.appender();
    assertThat(next.append(0, SERIES, 10_000, 1)).isPositive();
    assertThatThrownBy(() -> next.append(0, SERIES, 10_000, 2))
        .isInstanceOf(DuplicateSampleException.class)
        .hasMessageStartingWith("duplicate sample for timestamp")
        .hasMessageContaining("job=\"api\"");
    assertThatThrownBy(() -> next.append(0, SERIES, 9_000, 1))
        .isInstanceOf(OutOfOrderSampleException.class)
        .hasMessageStartingWith("out of order sample");
    next.append(0, SERIES, 11_000, 1);
    assertThatThrownBy(() -> next.append(0, SERIES, 10_500, 1))
        .as("checked against the batch's own samples too")
        .isInstanceOf(OutOfOrderSampleException.class);
    next.commit();
    assertThat(timestamps(SERIES, 0, 100_000)).containsExactly(10_000L, 11_000L);
    assertThat(head.metrics().outOfOrderSamplesTotal()).isEqualTo(2);
    assertThat(head.metrics().duplicateSamplesTotal()).isEqualTo(1);
  }

  @Test
  void refusesSamplesOlderThanHalfAChunkRangeBehindTheNewest() {
    Appender appender = head.appender();
    appender.append(0, SERIES, 10 * HOUR, 1);
    appender.commit();
    Appender next = head.appender();
    assertThatThrownBy(() -> next.append(0, Labels.of("__name__", "other"), 9 * HOUR - 1, 1))
        .isInstanceOf(OutOfBoundsException.class)
        .hasMessageStartingWith("out of bounds");
    next.append(0, Labels.of("__name__", "other"), 9 * HOUR, 1);
    next.commit();
    assertThat(head.metrics().outOfBoundSamplesTotal()).isEqualTo(1);
  }

  @Test
  void refusesInvalidSeriesAndKeepsTheRestOfTheBatch() {
    Appender appender = head.appender();
    appender.append(0, SERIES, 1_000, 1);
    assertInvalid(appender, Labels.empty(), "empty label set");
    assertInvalid(appender, Labels.ofSortedUnchecked(new String[] {"", "x"}), "empty label name");
    assertInvalid(
        appender, Labels.ofSortedUnchecked(new String[] {"a", "1", "a", "2"}), "\"a\" is not unique");
    assertInvalid(
        appender, Labels.ofSortedUnchecked(new String[] {"a", "\uD800x"}), "not valid UTF-8");
    assertInvalid(appender, Labels.ofSortedUnchecked(new String[] {"a", ""}), "empty value");
    appender.append(0, Labels.of("__name__", "http.requests \u00e9\uD83D\uDE00"), 1_000, 1);
    appender.commit();
    assertThat(head.seriesCount()).as("UTF-8 metric names are accepted, as in Prometheus 3").isEqualTo(2);
    assertThat(head.metrics().invalidSeriesTotal()).isEqualTo(5);
  }

  @Test
  void rollbackDiscardsTheBatchAndTruncationRemovesItsEmptySeries() {
    Appender appender = head.appender();
    appender.append(0, SERIES, 1_000, 1);
    appender.rollback();
    assertThat(timestamps(SERIES, 0, 10_000)).isEmpty();
    assertThatThrownBy(appender::commit).isInstanceOf(IllegalStateException.class);
    head.truncate(0, ChunkSink.discarding());
    assertThat(head.seriesCount()).isZero();
  }

  @Test
  void aFailingLogFailsTheCommitAndNothingBecomesVisible() {
    head.setLog(
        (ids, labels, newCount, seriesIds, t, v, count) -> {
          throw new StorageException("disk full");
        });
    Appender appender = head.appender();
    appender.append(0, SERIES, 1_000, 1);
    assertThatThrownBy(appender::commit).hasMessageContaining("disk full");
    assertThat(timestamps(SERIES, 0, 10_000)).isEmpty();
    head.setLog(HeadLog.none());
    Appender retry = head.appender();
    retry.append(0, SERIES, 1_000, 1);
    retry.commit();
    assertThat(timestamps(SERIES, 0, 10_000)).containsExactly(1_000L);
    assertThat(head.metrics().commitsFailedTotal()).isEqualTo(1);
  }

  @Test
  void cutsChunksAt120SamplesAndAtChunkRangeBoundaries() {
    Appender appender = head.appender();
    long ref = 0;
    for (int i = 0; i < 250; i++) {
      ref = appender.append(ref, SERIES, 1_000L * i, i);
    }
    // 2 h boundary: the next sample starts a new chunk even though the current one is short.
    ref = appender.append(ref, SERIES, 2 * HOUR - 1, 1);
    appender.append(ref, SERIES, 2 * HOUR, 2);
    appender.commit();
    List<XorChunk> removed = new ArrayList<>();
    head.truncate(Long.MAX_VALUE, (labels, chunk) -> removed.add(chunk));
    assertThat(removed).extracting(XorChunk::sampleCount).containsExactly(120, 120, 11, 1);
    assertThat(head.metrics().chunksCreatedTotal()).isEqualTo(4);
    assertThat(head.metrics().chunks()).isZero();
  }

  @Test
  void truncationDropsOldChunksKeepsRecentOnesAndRefusesOlderAppends() {
    Appender appender = head.appender();
    Labels old = Labels.of("__name__", "old");
    appender.append(0, old, 1_000, 1);
    long ref = 0;
    for (int i = 0; i < 240; i++) {
      ref = appender.append(ref, SERIES, 1_000L * i, i);
    }
    appender.commit();
    HeadTruncator.Result result = head.truncate(120_000, ChunkSink.discarding());
    assertThat(result.seriesRemoved()).isEqualTo(1);
    assertThat(result.chunksRemoved()).isEqualTo(2);
    assertThat(timestamps(SERIES, 0, Long.MAX_VALUE)).hasSize(120).first().isEqualTo(120_000L);
    assertThat(head.minTimeMillis()).isEqualTo(120_000);
    try (Querier querier = head.querier(0, Long.MAX_VALUE)) {
      assertThat(querier.labelValues("__name__")).containsExactly("up");
    }
    Appender late = head.appender();
    assertThatThrownBy(() -> late.append(0, old, 119_999, 1)).isInstanceOf(OutOfBoundsException.class);
    HeadStats stats = head.stats(10);
    assertThat(stats.seriesCount()).isEqualTo(1);
    assertThat(stats.chunkCount()).isEqualTo(1);
    assertThat(stats.seriesCountByMetricName()).containsExactly(new HeadStats.Entry("up", 1));
  }

  @Test
  void anAppenderHoldingARefSurvivesTruncationOfItsSeries() {
    Appender first = head.appender();
    long ref = first.append(0, SERIES, 1_000, 1);
    first.commit();
    head.truncate(2_000, ChunkSink.discarding());
    assertThat(head.seriesCount()).isZero();
    Appender next = head.appender();
    long newRef = next.append(ref, SERIES, 3_000, 3);
    next.commit();
    assertThat(newRef).isNotEqualTo(ref);
    assertThat(timestamps(SERIES, 0, 10_000)).containsExactly(3_000L);
  }

  @Test
  void statsCountSeriesPairsAndMemory() {
    Appender appender = head.appender();
    for (int i = 0; i < 5; i++) {
      appender.append(0, Labels.of("__name__", "a", "i", "" + i), 1_000, 1);
    }
    appender.append(0, Labels.of("__name__", "b", "i", "0"), 1_000, 1);
    appender.commit();
    HeadStats stats = head.stats(2);
    assertThat(stats.seriesCount()).isEqualTo(6);
    assertThat(stats.labelPairCount()).isEqualTo(7);
    assertThat(stats.seriesCountByMetricName())
        .containsExactly(new HeadStats.Entry("a", 5), new HeadStats.Entry("b", 1));
    assertThat(stats.labelValueCountByLabelName())
        .containsExactly(new HeadStats.Entry("i", 5), new HeadStats.Entry("__name__", 2));
    assertThat(stats.labelsMemoryBytes()).isPositive();
    assertThat(stats.minTimeMillis()).isEqualTo(1_000);
  }

  private void assertInvalid(Appender appender, Labels labels, String problem) {
    assertThatThrownBy(() -> appender.append(0, labels, 1_000, 1))
        .isInstanceOf(InvalidSeriesException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining("invalid series");
  }

  private List<Long> timestamps(Labels labels, long min, long max) {
    List<Long> result = new ArrayList<>();
    try (Querier querier = head.querier(min, max)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("__name__", labels.metricName()));
      while (set.next()) {
        if (set.at().labels().equals(labels)) {
          SampleIterator iterator = set.at().iterator(null);
          while (iterator.next()) {
            result.add(iterator.timestampMillis());
          }
        }
      }
    }
    return result;
  }
}
