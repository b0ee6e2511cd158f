package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.index.PostingsForMatchers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the head over a fixed time range as of the commit it was opened at: commits applied later
 * stay invisible to it (see {@link Head}). Holds no lock between calls; a select copies the postings
 * it needs, and each series is snapshotted (an array reference and a count, under the series'
 * monitor) when the set reaches it.
 */
final class HeadQuerier implements Querier {

  private final Head head;
  private final long minTimeMillis;
  private final long maxTimeMillis;
  private final long sequence;
  private volatile boolean closed;

  HeadQuerier(Head head, long minTimeMillis, long maxTimeMillis, long sequence) {
    this.head = head;
    this.minTimeMillis = minTimeMillis;
    this.maxTimeMillis = maxTimeMillis;
    this.sequence = sequence;
  }

  @Override
  public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
    ensureOpen();
    requireSelectiveMatcher(matchers);
    MemSeries[] selected = selectSeries(matchers);
    if (sorted) {
      Arrays.sort(selected, (a, b) -> a.labels.compareTo(b.labels));
    }
    return new HeadSeriesSet(selected, minTimeMillis, maxTimeMillis, sequence);
  }

  @Override
  public List<String> labelNames(Matcher... matchers) {
    ensureOpen();
    if (matchers.length == 0 && overlapsHead()) {
      // As Prometheus: without matchers the index answers, with no per-series work.
      List<String> names = new ArrayList<>(head.postings.names());
      names.sort(null);
      return List.copyOf(names);
    }
    TreeSet<String> names = new TreeSet<>();
    for (MemSeries s : selectSeriesWithData(matchers)) {
      for (int i = 0; i < s.labels.size(); i++) {
        names.add(s.labels.name(i));
      }
    }
    return List.copyOf(names);
  }

  @Override
  public List<String> labelValues(String name, Matcher... matchers) {
    ensureOpen();
    if (matchers.length == 0 && overlapsHead()) {
      List<String> values = new ArrayList<>(head.postings.values(name));
      values.sort(null);
      return List.copyOf(values);
    }
    TreeSet<String> values = new TreeSet<>();
    for (MemSeries s : selectSeriesWithData(matchers)) {
      String value = s.labels.get(name);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  @Override
  public void close() {
    closed = true;
  }

  private boolean overlapsHead() {
    return head.minTimeMillis() <= maxTimeMillis && head.maxTimeMillis() >= minTimeMillis;
  }

  /** The series for the matchers (all when none) that have a visible sample in range. */
  private List<MemSeries> selectSeriesWithData(Matcher[] matchers) {
    List<MemSeries> result = new ArrayList<>();
    HeadSeriesIterator probe = new HeadSeriesIterator();
    for (MemSeries s : selectSeries(matchers)) {
      SeriesSnapshot snapshot;
      synchronized (s) {
        snapshot = s.snapshot(sequence);
      }
      probe.reset(snapshot, minTimeMillis, maxTimeMillis);
      if (probe.next()) {
        result.add(s);
      }
    }
    return result;
  }

  private MemSeries[] selectSeries(Matcher[] matchers) {
    int[] ids = PostingsForMatchers.select(head.postings, matchers);
    MemSeries[] selected = new MemSeries[ids.length];
    int count = 0;
    for (int id : ids) {
      MemSeries s = head.seriesById(id);
      if (s != null) {
        selected[count++] = s;
      }
    }
    return count == selected.length ? selected : Arrays.copyOf(selected, count);
  }

  private static void requireSelectiveMatcher(Matcher[] matchers) {
    for (Matcher matcher : matchers) {
      if (!matcher.matchesEmpty()) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "a selector needs at least one matcher that does not match the empty string, got "
            + Arrays.toString(matchers));
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the querier is closed");
    }
  }

  /** Lazily snapshots each series as the caller reaches it, skipping those with no data in range. */
  private static final class HeadSeriesSet implements SeriesSet {
    private final MemSeries[] series;
    private final long minTimeMillis;
    private final long maxTimeMillis;
    private final long sequence;
    private final HeadSeriesIterator probe = new HeadSeriesIterator();
    private int position = -1;
    private HeadSeries current;

    HeadSeriesSet(MemSeries[] series, long minTimeMillis, long maxTimeMillis, long sequence) {
      this.series = series;
      this.minTimeMillis = minTimeMillis;
      this.maxTimeMillis = maxTimeMillis;
      this.sequence = sequence;
    }

    @Override
    public boolean next() {
      while (++position < series.length) {
        MemSeries s = series[position];
        SeriesSnapshot snapshot;
        synchronized (s) {
          snapshot = s.snapshot(sequence);
        }
        probe.reset(snapshot, minTimeMillis, maxTimeMillis);
        if (probe.next()) {
          current = new HeadSeries(snapshot, minTimeMillis, maxTimeMillis);
          return true;
        }
      }
      current = null;
      return false;
    }

    @Override
    public io.argus.core.storage.Series at() {
      if (current == null) {
        throw new IllegalStateException("no current series: call next() first");
      }
      return current;
    }
  }

  private record HeadSeries(SeriesSnapshot snapshot, long minTimeMillis, long maxTimeMillis)
      implements io.argus.core.storage.Series {

    @Override
    public Labels labels() {
      return snapshot.labels();
    }

    @Override
    public io.argus.core.storage.SampleIterator iterator(io.argus.core.storage.SampleIterator reuse) {
      HeadSeriesIterator iterator =
          reuse instanceof HeadSeriesIterator recycled ? recycled : new HeadSeriesIterator();
      iterator.reset(snapshot, minTimeMillis, maxTimeMillis);
      return iterator;
    }
  }
}
