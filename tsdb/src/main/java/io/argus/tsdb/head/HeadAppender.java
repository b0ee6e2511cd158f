package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.DuplicateSampleException;
import io.argus.core.storage.OutOfBoundsException;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.StorageException;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * A batch for the head. {@link #append} validates each sample against the series' committed data
 * and the batch's own earlier samples and keeps it in primitive arrays; {@link #commit} logs the
 * batch (new series first) and then applies it as one unit. Not thread-safe.
 */
final class HeadAppender implements Appender {

  private final Head head;
  private final long minValidTimeMillis;
  private MemSeries[] series = new MemSeries[64];
  private long[] timestamps = new long[64];
  private long[] valueBits = new long[64];
  private int[] ids = new int[0];
  private int count;
  private boolean ended;

  HeadAppender(Head head) {
    this.head = head;
    this.minValidTimeMillis = head.appendableMinValidTime();
  }

  @Override
  public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
    if (ended) {
      throw new IllegalStateException("append after the batch was committed or rolled back");
    }
    if (timestampMillis < minValidTimeMillis) {
      head.metrics.outOfBoundSamples.increment();
      throw new OutOfBoundsException(labelsFor(seriesRef, labels), timestampMillis);
    }
    long bits = Double.doubleToRawLongBits(value);
    MemSeries s = seriesRef != 0 ? head.seriesById(seriesRef) : null;
    while (true) {
      if (s == null) {
        s = head.getOrCreate(labels);
      }
      synchronized (s) {
        if (s.removed) {
          s = null; // truncated since we found it: look it up again by labels
          continue;
        }
        boolean ownPending = s.pendingAppender == this;
        long lastTime = ownPending ? s.pendingMaxTimeMillis : s.maxTimeMillis;
        long lastBits = ownPending ? s.pendingLastValueBits : s.lastValueBits;
        if (timestampMillis <= lastTime && lastTime != Long.MIN_VALUE) {
          if (timestampMillis < lastTime) {
            head.metrics.outOfOrderSamples.increment();
            throw new OutOfOrderSampleException(s.labels, timestampMillis);
          }
          if (bits != lastBits) {
            head.metrics.duplicateSamples.increment();
            throw new DuplicateSampleException(s.labels, timestampMillis);
          }
          return s.id; // the same sample again: accepted, nothing to store (as Prometheus)
        }
        s.pendingAppender = this;
        s.pendingMaxTimeMillis = timestampMillis;
        s.pendingLastValueBits = bits;
      }
      break;
    }
    if (count == series.length) {
      grow();
    }
    series[count] = s;
    timestamps[count] = timestampMillis;
    valueBits[count] = bits;
    count++;
    return s.id;
  }

  @Override
  public void commit() {
    if (ended) {
      throw new IllegalStateException("commit after the batch was committed or rolled back");
    }
    ended = true;
    try {
      if (count == 0) {
        return;
      }
      MemSeries[] unlogged = logBatch();
      for (MemSeries s : unlogged) {
        s.logged = true;
      }
      head.apply(series, timestamps, valueBits, count);
    } finally {
      clearPending();
    }
  }

  @Override
  public void rollback() {
    if (ended) {
      throw new IllegalStateException("rollback after the batch was committed or rolled back");
    }
    ended = true;
    clearPending();
  }

  /** Writes new series and the samples to the log; returns the series it logged for the first time. */
  private MemSeries[] logBatch() {
    IdentityHashMap<MemSeries, Boolean> unlogged = null;
    for (int i = 0; i < count; i++) {
      if (!series[i].logged) {
        if (unlogged == null) {
          unlogged = new IdentityHashMap<>();
        }
        unlogged.put(series[i], Boolean.TRUE);
      }
    }
    MemSeries[] newSeries = unlogged == null ? new MemSeries[0] : unlogged.keySet().toArray(MemSeries[]::new);
    Arrays.sort(newSeries, (a, b) -> Integer.compare(a.id, b.id));
    int[] newIds = new int[newSeries.length];
    Labels[] newLabels = new Labels[newSeries.length];
    for (int i = 0; i < newSeries.length; i++) {
      newIds[i] = newSeries[i].id;
      newLabels[i] = newSeries[i].labels;
    }
    if (ids.length < count) {
      ids = new int[series.length];
    }
    for (int i = 0; i < count; i++) {
      ids[i] = series[i].id;
    }
    try {
      head.log().logBatch(newIds, newLabels, newSeries.length, ids, timestamps, valueBits, count);
    } catch (RuntimeException e) {
      head.metrics.commitsFailed.increment();
      if (e instanceof StorageException) {
        throw e;
      }
      throw new StorageException("commit failed: the write-ahead log refused the batch: " + e, e);
    }
    return newSeries;
  }

  private void clearPending() {
    for (int i = 0; i < count; i++) {
      MemSeries s = series[i];
      synchronized (s) {
        if (s.pendingAppender == this) {
          s.pendingAppender = null;
        }
      }
    }
    Arrays.fill(series, 0, count, null);
    count = 0;
  }

  private Labels labelsFor(long seriesRef, Labels labels) {
    if (labels != null) {
      return labels;
    }
    MemSeries s = head.seriesById(seriesRef);
    return s == null ? null : s.labels;
  }

  private void grow() {
    int capacity = series.length * 2;
    series = Arrays.copyOf(series, capacity);
    timestamps = Arrays.copyOf(timestamps, capacity);
    valueBits = Arrays.copyOf(valueBits, capacity);
  }
}
