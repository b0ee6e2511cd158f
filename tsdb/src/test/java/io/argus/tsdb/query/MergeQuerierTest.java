package io.argus.tsdb.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.head.Head;
import io.argus.tsdb.head.HeadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Merging overlapping sources: label order, each timestamp once, the first source's value wins. */
class MergeQuerierTest {

  private static final Labels A = Labels.of("__name__", "m", "k", "a");
  private static final Labels B = Labels.of("__name__", "m", "k", "b");
  private static final Labels C = Labels.of("__name__", "m", "k", "c");

  private static Head head(Object... labelsAndTimes) {
    Head head = new Head(HeadOptions.defaults());
    Appender appender = head.appender();
    for (int i = 0; i < labelsAndTimes.length; i += 2) {
      Labels labels = (Labels) labelsAndTimes[i];
      for (long t : (long[]) labelsAndTimes[i + 1]) {
        appender.append(0, labels, t, t + (labels == A ? 0.5 : 0));
      }
    }
    appender.commit();
    return head;
  }

  @Test
  void mergesSeriesInLabelOrderAndDeduplicatesTimestamps() {
    Head first = head(A, new long[] {1, 2, 3, 10}, C, new long[] {5});
    Head second = head(A, new long[] {2, 3, 4, 11}, B, new long[] {7, 8});
    try (Querier querier = new MergeQuerier(List.of(first.querier(0, 100), second.querier(0, 100)))) {
      SeriesSet set = querier.select(false, null, Matcher.equal("__name__", "m"));
      List<Labels> labels = new ArrayList<>();
      List<List<Long>> times = new ArrayList<>();
      while (set.next()) {
        labels.add(set.at().labels());
        SampleIterator iterator = set.at().iterator(null);
        List<Long> t = new ArrayList<>();
        while (iterator.next()) {
          t.add(iterator.timestampMillis());
        }
        times.add(t);
      }
      assertThat(labels).containsExactly(A, B, C);
      assertThat(times).containsExactly(List.of(1L, 2L, 3L, 4L, 10L, 11L), List.of(7L, 8L), List.of(5L));
      assertThat(querier.labelValues("k")).containsExactly("a", "b", "c");
    }
  }

  @Test
  void seekLandsOnTheFirstMergedSampleAtOrAfterAndNeverGoesBack() {
    Head first = head(A, new long[] {1, 5, 9});
    Head second = head(A, new long[] {2, 5, 7, 12});
    try (Querier querier = new MergeQuerier(List.of(first.querier(0, 100), second.querier(0, 100)))) {
      SeriesSet set = querier.select(true, null, Matcher.equal("k", "a"));
      assertThat(set.next()).isTrue();
      SampleIterator iterator = set.at().iterator(null);
      assertThat(iterator.seek(3)).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(5);
      assertThat(iterator.value()).isEqualTo(5.5);
      assertThat(iterator.seek(1)).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(5);
      assertThat(iterator.next()).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(7);
      assertThat(iterator.seek(10)).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(12);
      assertThat(iterator.seek(13)).isFalse();
    }
  }

  @Test
  void randomOverlapsEqualTheUnionOfTimestamps() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int sources = 1 + random.nextInt(4);
      List<Querier> queriers = new ArrayList<>();
      TreeMap<Labels, TreeSet<Long>> expected = new TreeMap<>();
      for (int s = 0; s < sources; s++) {
        Head head = new Head(HeadOptions.defaults());
        Appender appender = head.appender();
        for (Labels labels : List.of(A, B, C)) {
          if (random.nextInt(3) == 0) {
            continue;
          }
          long t = random.nextInt(5);
          for (int i = 0; i < 1 + random.nextInt(30); i++) {
            t += 1 + random.nextInt(3);
            appender.append(0, labels, t, t);
            expected.computeIfAbsent(labels, k -> new TreeSet<>()).add(t);
          }
        }
        appender.commit();
        queriers.add(head.querier(0, 1_000));
      }
      try (Querier querier = new MergeQuerier(queriers)) {
        SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "m"));
        TreeMap<Labels, TreeSet<Long>> actual = new TreeMap<>();
        List<Labels> order = new ArrayList<>();
        while (set.next()) {
          order.add(set.at().labels());
          SampleIterator iterator = set.at().iterator(null);
          TreeSet<Long> t = new TreeSet<>();
          long previous = Long.MIN_VALUE;
          while (iterator.next()) {
            assertThat(iterator.timestampMillis()).isGreaterThan(previous);
            previous = iterator.timestampMillis();
            assertThat(iterator.value()).isEqualTo((double) previous);
            t.add(previous);
          }
          actual.put(set.at().labels(), t);
          // Random seeks and nexts against the model: the first expected timestamp at or after.
          TreeSet<Long> model = expected.get(set.at().labels());
          SampleIterator seeker = set.at().iterator(null);
          long position = Long.MIN_VALUE;
          for (int step = 0; step < 20; step++) {
            Long want;
            boolean moved;
            if (random.nextBoolean()) {
              long target = random.nextInt(120);
              want = position == Long.MIN_VALUE ? model.ceiling(target) : model.ceiling(Math.max(target, position));
              moved = seeker.seek(target);
            } else {
              want = position == Long.MIN_VALUE ? model.first() : model.higher(position);
              moved = seeker.next();
            }
            assertThat(moved).isEqualTo(want != null);
            if (want == null) {
              break;
            }
            assertThat(seeker.timestampMillis()).isEqualTo(want);
            assertThat(seeker.value()).isEqualTo((double) want);
            position = want;
          }
        }
        assertThat(order).isSorted();
        assertThat(actual).isEqualTo(expected);
      }
    }
  }
}
