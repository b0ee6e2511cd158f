package io.argus.bench.promql;

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

/**
 * A read-only {@link Queryable} over series held as primitive arrays, so the benchmarks measure
 * the engine rather than a storage engine. Every series has samples at the same timestamps.
 */
final class ArrayQueryable implements Queryable {

  private final List<Labels> labels;
  private final long[] timestamps;
  private final List<double[]> values;

  ArrayQueryable(List<Labels> labels, long[] timestamps, List<double[]> values) {
    this.labels = labels;
    this.timestamps = timestamps;
    this.values = values;
  }

  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    return new Querier() {
      @Override
      public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
          boolean matches = true;
          for (Matcher matcher : matchers) {
            if (!matcher.matches(labels.get(i))) {
              matches = false;
              break;
            }
          }
          if (matches) {
            selected.add(i);
          }
        }
        return new SeriesSet() {
          private int position = -1;

          @Override
          public boolean next() {
            return ++position < selected.size();
          }

          @Override
          public Series at() {
            int index = selected.get(position);
            return new Series() {
              @Override
              public Labels labels() {
                return labels.get(index);
              }

              @Override
              public SampleIterator iterator(SampleIterator reuse) {
                return new Iterator(timestamps, values.get(index), maxTimeMillis);
              }
            };
          }
        };
      }

      @Override
      public List<String> labelNames(Matcher... matchers) {
        return List.of();
      }

      @Override
      public List<String> labelValues(String name, Matcher... matchers) {
        return List.of();
      }

      @Override
      public void close() {}
    };
  }

  private static final class Iterator implements SampleIterator {
    private final long[] timestamps;
    private final double[] values;
    private final int end;
    private int index = -1;

    Iterator(long[] timestamps, double[] values, long maxTimeMillis) {
      this.timestamps = timestamps;
      this.values = values;
      int found = Arrays.binarySearch(timestamps, maxTimeMillis);
      this.end = found >= 0 ? found + 1 : -found - 1;
    }

    @Override
    public boolean next() {
      return ++index < end;
    }

    @Override
    public boolean seek(long timestampMillis) {
      int found = Arrays.binarySearch(timestamps, timestampMillis);
      int target = found >= 0 ? found : -found - 1;
      index = Math.max(index, target);
      return index < end;
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
}
