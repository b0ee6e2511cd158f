package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.StaleMarker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A storage fake that keeps committed samples in order and refuses out-of-order samples per series,
 * as the head does. Thread-safe enough for loops running on their own threads.
 */
final class RecordingAppendable implements Appendable {

  record Sample(Labels labels, long timestampMillis, double value) {
    boolean isStale() {
      return StaleMarker.isStale(value);
    }
  }

  private final List<Sample> committed = new ArrayList<>();
  private final Map<Labels, Long> refs = new HashMap<>();
  private final Map<Labels, Long> lastTimestamps = new HashMap<>();
  private int commits;
  private int rollbacks;

  synchronized List<Sample> samples() {
    return List.copyOf(committed);
  }

  synchronized int commits() {
    return commits;
  }

  synchronized int rollbacks() {
    return rollbacks;
  }

  /** The committed samples of the series named {@code metricName}. */
  synchronized List<Sample> samplesOf(String metricName) {
    return committed.stream().filter(sample -> sample.labels().metricName().equals(metricName)).toList();
  }

  /** The value of the last committed sample of the series with exactly these labels. */
  synchronized double lastValue(Labels labels) {
    for (int i = committed.size() - 1; i >= 0; i--) {
      if (committed.get(i).labels().equals(labels)) {
        return committed.get(i).value();
      }
    }
    throw new AssertionError("no sample for " + labels + " in " + committed);
  }

  synchronized void clear() {
    committed.clear();
  }

  @Override
  public Appender appender() {
    return new Appender() {
      private final List<Sample> pending = new ArrayList<>();
      private boolean ended;

      @Override
      public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
        if (ended) {
          throw new IllegalStateException("append after the batch ended");
        }
        synchronized (RecordingAppendable.this) {
          Long last = lastTimestamps.get(labels);
          if (last != null && timestampMillis < last) {
            throw new OutOfOrderSampleException(labels, timestampMillis);
          }
          pending.add(new Sample(labels, timestampMillis, value));
          return refs.computeIfAbsent(labels, key -> (long) refs.size() + 1);
        }
      }

      @Override
      public void commit() {
        end();
        synchronized (RecordingAppendable.this) {
          for (Sample sample : pending) {
            lastTimestamps.merge(sample.labels(), sample.timestampMillis(), Math::max);
          }
          committed.addAll(pending);
          commits++;
        }
      }

      @Override
      public void rollback() {
        end();
        synchronized (RecordingAppendable.this) {
          rollbacks++;
        }
      }

      private void end() {
        if (ended) {
          throw new IllegalStateException("batch ended twice");
        }
        ended = true;
      }
    };
  }
}
