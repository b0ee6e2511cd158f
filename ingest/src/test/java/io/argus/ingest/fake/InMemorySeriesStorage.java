package io.argus.ingest.fake;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written queryable over fixed series, for remote read tests: filters by matchers and time
 * range, records the hints it was given, can fail, and can hold selects at a latch.
 */
public final class InMemorySeriesStorage implements Queryable {

  /** One stored series. */
  public record StoredSeries(Labels labels, long[] timestamps, double[] values) {}

  private final List<StoredSeries> series = new ArrayList<>();
  private final AtomicInteger selects = new AtomicInteger();
  private volatile SelectHints lastHints;
  private volatile RuntimeException failure;
  private volatile CountDownLatch gate;

  public InMemorySeriesStorage add(Labels labels, long[] timestamps, double[] values) {
    series.add(new StoredSeries(labels, timestamps, values));
    return this;
  }

  public SelectHints lastHints() {
    return lastHints;
  }

  public int selects() {
    return selects.get();
  }

  public void fail(RuntimeException error) {
    failure = error;
  }

  /** Makes every select wait until {@code latch} opens. */
  public void holdSelectsAt(CountDownLatch latch) {
    gate = latch;
  }

  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    return new Querier() {
      @Override
      public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
        selects.incrementAndGet();
        lastHints = hints;
        if (gate != null) {
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        if (failure != null) {
          throw failure;
        }
        List<Series> selected = new ArrayList<>();
        for (StoredSeries stored : series) {
          boolean all = true;
          for (Matcher matcher : matchers) {
            all &= matcher.matches(stored.labels());
          }
          if (all) {
            selected.add(slice(stored, minTimeMillis, maxTimeMillis));
          }
        }
        return new ListSeriesSet(selected);
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

  private static Series slice(StoredSeries stored, long min, long max) {
    return new Series() {
      @Override
      public Labels labels() {
        return stored.labels();
      }

      @Override
      public SampleIterator iterator(SampleIterator reuse) {
        return new SampleIterator() {
          int index = -1;

          @Override
          public boolean next() {
            while (++index < stored.timestamps().length) {
              long t = stored.timestamps()[index];
              if (t >= min && t <= max) {
                return true;
              }
            }
            return false;
          }

          @Override
          public boolean seek(long timestampMillis) {
            while (index < 0 || stored.timestamps()[index] < timestampMillis) {
              if (!next()) {
                return false;
              }
            }
            return true;
          }

          @Override
          public long timestampMillis() {
            return stored.timestamps()[index];
          }

          @Override
          public double value() {
            return stored.values()[index];
          }
        };
      }
    };
  }

  private static final class ListSeriesSet implements SeriesSet {
    private final List<Series> series;
    private int index = -1;

    ListSeriesSet(List<Series> series) {
      this.series = series;
    }

    @Override
    public boolean next() {
      return ++index < series.size();
    }

    @Override
    public Series at() {
      return series.get(index);
    }
  }
}
