package io.argus.rules.unittest;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.DuplicateSampleException;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A small in-memory storage for rule unit tests (and rule tests in general): series in a sorted
 * map, samples in growable primitive arrays, appends visible on commit, out-of-order and
 * duplicate samples rejected as the TSDB rejects them. Thread-safe through one lock; not meant for
 * large data.
 */
public final class MemoryStorage implements Queryable, Appendable {

  private final Map<Labels, SeriesData> series = new TreeMap<>();

  private static final class SeriesData {
    long[] timestamps = new long[8];
    double[] values = new double[8];
    int size;

    void add(long timestampMillis, double value) {
      if (size == timestamps.length) {
        timestamps = Arrays.copyOf(timestamps, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      timestamps[size] = timestampMillis;
      values[size] = value;
      size++;
    }
  }

  @Override
  public Appender appender() {
    return new Appender() {
      private final List<Object[]> pending = new ArrayList<>();

      @Override
      public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
        synchronized (series) {
          SeriesData data = series.get(labels);
          long last = Long.MIN_VALUE;
          double lastValue = 0;
          if (data != null && data.size > 0) {
            last = data.timestamps[data.size - 1];
            lastValue = data.values[data.size - 1];
          }
          for (Object[] entry : pending) {
            if (entry[0].equals(labels)) {
              last = (long) entry[1];
              lastValue = (double) entry[2];
            }
          }
          if (timestampMillis < last) {
            throw new OutOfOrderSampleException(labels, timestampMillis);
          }
          if (timestampMillis == last
              && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(lastValue)) {
            throw new DuplicateSampleException(labels, timestampMillis);
          }
        }
        pending.add(new Object[] {labels, timestampMillis, value});
        return 1;
      }

      @Override
      public void commit() {
        synchronized (series) {
          for (Object[] entry : pending) {
            SeriesData data = series.computeIfAbsent((Labels) entry[0], key -> new SeriesData());
            long timestamp = (long) entry[1];
            if (data.size > 0 && data.timestamps[data.size - 1] == timestamp) {
              continue;
            }
            data.add(timestamp, (double) entry[2]);
          }
        }
        pending.clear();
      }

      @Override
      public void rollback() {
        pending.clear();
      }
    };
  }

  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    return new Querier() {
      @Override
      public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
        List<Series> selected = new ArrayList<>();
        synchronized (series) {
          for (Map.Entry<Labels, SeriesData> entry : series.entrySet()) {
            if (!matchesAll(entry.getKey(), matchers)) {
              continue;
            }
            SeriesData data = entry.getValue();
            int from = 0;
            while (from < data.size && data.timestamps[from] < minTimeMillis) {
              from++;
            }
            int to = from;
            while (to < data.size && data.timestamps[to] <= maxTimeMillis) {
              to++;
            }
            if (to > from) {
              long[] timestamps = Arrays.copyOfRange(data.timestamps, from, to);
              double[] values = Arrays.copyOfRange(data.values, from, to);
              selected.add(new ArraySeries(entry.getKey(), timestamps, values));
            }
          }
        }
        return new SeriesSet() {
          private int index = -1;

          @Override
          public boolean next() {
            return ++index < selected.size();
          }

          @Override
          public Series at() {
            return selected.get(index);
          }
        };
      }

      @Override
      public List<String> labelNames(Matcher... matchers) {
        TreeSet<String> names = new TreeSet<>();
        synchronized (series) {
          for (Labels labels : series.keySet()) {
            if (matchesAll(labels, matchers)) {
              names.addAll(labels.names());
            }
          }
        }
        return List.copyOf(names);
      }

      @Override
      public List<String> labelValues(String name, Matcher... matchers) {
        TreeSet<String> values = new TreeSet<>();
        synchronized (series) {
          for (Labels labels : series.keySet()) {
            if (matchesAll(labels, matchers) && labels.has(name)) {
              values.add(labels.get(name));
            }
          }
        }
        return List.copyOf(values);
      }

      @Override
      public void close() {}
    };
  }

  /** The number of non-stale samples stored, for tests and reports. */
  public long sampleCount() {
    long count = 0;
    synchronized (series) {
      for (SeriesData data : series.values()) {
        for (int i = 0; i < data.size; i++) {
          if (!StaleMarker.isStale(data.values[i])) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static boolean matchesAll(Labels labels, Matcher[] matchers) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  private record ArraySeries(Labels labels, long[] timestamps, double[] values) implements Series {
    @Override
    public SampleIterator iterator(SampleIterator reuse) {
      return new SampleIterator() {
        private int index = -1;

        @Override
        public boolean next() {
          return ++index < timestamps.length;
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
      };
    }
  }
}
