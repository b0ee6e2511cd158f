package io.argus.promql.scripttest;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link Queryable} over series held in memory, for tests and benchmarks: samples per series in
 * primitive arrays, appended in time order. Staleness markers are stored like any other value.
 */
public final class InMemoryQueryable implements Queryable {

  private final Map<Labels, MutableSeries> series = new TreeMap<>();

  /**
   * Appends a sample; times must increase per series.
   *
   * @throws IllegalArgumentException for an out-of-order or duplicate timestamp
   */
  public void append(Labels labels, long timestampMillis, double value) {
    series.computeIfAbsent(labels, MutableSeries::new).append(timestampMillis, value);
  }

  public int seriesCount() {
    return series.size();
  }

  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    return new Querier() {
      @Override
      public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
        List<Series> selected = new ArrayList<>();
        for (MutableSeries candidate : series.values()) {
          if (matchesAll(candidate.labels, matchers)
              && candidate.hasSampleIn(minTimeMillis, maxTimeMillis)) {
            selected.add(candidate.snapshot(minTimeMillis, maxTimeMillis));
          }
        }
        return new ListSeriesSet(selected);
      }

      @Override
      public List<String> labelNames(Matcher... matchers) {
        TreeSet<String> names = new TreeSet<>();
        for (MutableSeries candidate : series.values()) {
          if (matchesAll(candidate.labels, matchers)) {
            names.addAll(candidate.labels.names());
          }
        }
        return List.copyOf(names);
      }

      @Override
      public List<String> labelValues(String name, Matcher... matchers) {
        TreeSet<String> values = new TreeSet<>();
        for (MutableSeries candidate : series.values()) {
          if (matchesAll(candidate.labels, matchers) && candidate.labels.has(name)) {
            values.add(candidate.labels.get(name));
          }
        }
        return List.copyOf(values);
      }

      @Override
      public void close() {}
    };
  }

  private static boolean matchesAll(Labels labels, Matcher[] matchers) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  private static final class MutableSeries {
    final Labels labels;
    long[] timestamps = new long[16];
    double[] values = new double[16];
    int size;

    MutableSeries(Labels labels) {
      this.labels = labels;
    }

    void append(long timestampMillis, double value) {
      if (size > 0 && timestamps[size - 1] >= timestampMillis) {
        throw new IllegalArgumentException(
            "out of order sample for series "
                + labels
                + ": "
                + timestampMillis
                + " after "
                + timestamps[size - 1]);
      }
      if (size == timestamps.length) {
        timestamps = Arrays.copyOf(timestamps, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      timestamps[size] = timestampMillis;
      values[size] = value;
      size++;
    }

    boolean hasSampleIn(long minTimeMillis, long maxTimeMillis) {
      int index = Arrays.binarySearch(timestamps, 0, size, minTimeMillis);
      int first = index >= 0 ? index : -index - 1;
      return first < size && timestamps[first] <= maxTimeMillis;
    }

    Series snapshot(long minTimeMillis, long maxTimeMillis) {
      int index = Arrays.binarySearch(timestamps, 0, size, minTimeMillis);
      int first = index >= 0 ? index : -index - 1;
      int end = first;
      while (end < size && timestamps[end] <= maxTimeMillis) {
        end++;
      }
      long[] times = Arrays.copyOfRange(timestamps, first, end);
      double[] vals = Arrays.copyOfRange(values, first, end);
      return new Series() {
        @Override
        public Labels labels() {
          return labels;
        }

        @Override
        public SampleIterator iterator(SampleIterator reuse) {
          return new ArrayIterator(times, vals);
        }
      };
    }
  }

  private static final class ArrayIterator implements SampleIterator {
    private final long[] timestamps;
    private final double[] values;
    private int index = -1;

    ArrayIterator(long[] timestamps, double[] values) {
      this.timestamps = timestamps;
      this.values = values;
    }

    @Override
    public boolean next() {
      if (index < timestamps.length) {
        index++;
      }
      return index < timestamps.length;
    }

    @Override
    public boolean seek(long timestampMillis) {
      if (index < 0) {
        index = 0;
      }
      while (index < timestamps.length && timestamps[index] < timestampMillis) {
        index++;
      }
      return index < timestamps.length;
    }

    @Override
    public long timestampMillis() {
      return timestamps[index];
    }

    @Override
    public double value() {
      return values[index];
    }
  }

  private static final class ListSeriesSet implements SeriesSet {
    private final List<Series> series;
    private int index = -1;

    ListSeriesSet(List<Series> series) {
      this.series = series;
    }

    @Override
    public boolean next() {
      index++;
      return index < series.size();
    }

    @Override
    public Series at() {
      return series.get(index);
    }
  }
}
