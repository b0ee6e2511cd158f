package io.argus.ingest.fake;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.DuplicateSampleException;
import io.argus.core.storage.OutOfBoundsException;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.StorageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written storage for tests: records committed samples, refuses out-of-order, duplicate and
 * too-old samples as the TSDB does, and can be told to fail appends or commits. Thread-safe.
 */
public final class RecordingStorage implements Appendable {

  /** One committed sample. */
  public record Sample(Labels labels, long timestampMillis, double value) {}

  private final List<Sample> committed = new ArrayList<>();
  private final Map<Labels, Long> lastTimestamp = new HashMap<>();
  private final Map<Labels, Long> references = new HashMap<>();
  private volatile long minValidTimeMillis = Long.MIN_VALUE;
  private volatile int failAppendsAfter = -1;
  private volatile boolean failCommits;
  private int commits;
  private int rollbacks;
  private int open;

  public synchronized List<Sample> committed() {
    return List.copyOf(committed);
  }

  public synchronized int commits() {
    return commits;
  }

  public synchronized int rollbacks() {
    return rollbacks;
  }

  /** Appenders handed out and not yet ended. */
  public synchronized int openAppenders() {
    return open;
  }

  public void minValidTimeMillis(long value) {
    minValidTimeMillis = value;
  }

  /** Makes each appender throw a plain {@link StorageException} after {@code count} appends. */
  public void failAppendsAfter(int count) {
    failAppendsAfter = count;
  }

  public void failCommits(boolean value) {
    failCommits = value;
  }

  @Override
  public synchronized Appender appender() {
    open++;
    return new RecordingAppender();
  }

  private final class RecordingAppender implements Appender {
    private final List<Sample> pending = new ArrayList<>();
    private final Map<Labels, Long> pendingLast = new HashMap<>();
    private boolean ended;

    @Override
    public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
      if (ended) {
        throw new IllegalStateException("append after the batch ended");
      }
      if (failAppendsAfter >= 0 && pending.size() >= failAppendsAfter) {
        throw new StorageException("disk full (test)");
      }
      if (timestampMillis < minValidTimeMillis) {
        throw new OutOfBoundsException(labels, timestampMillis);
      }
      Long last;
      synchronized (RecordingStorage.this) {
        last = pendingLast.containsKey(labels) ? pendingLast.get(labels) : lastTimestamp.get(labels);
      }
      if (last != null && timestampMillis < last) {
        throw new OutOfOrderSampleException(labels, timestampMillis);
      }
      if (last != null && timestampMillis == last) {
        throw new DuplicateSampleException(labels, timestampMillis);
      }
      pending.add(new Sample(labels, timestampMillis, value));
      pendingLast.put(labels, timestampMillis);
      synchronized (RecordingStorage.this) {
        return references.computeIfAbsent(labels, l -> (long) references.size() + 1);
      }
    }

    @Override
    public void commit() {
      end();
      if (failCommits) {
        synchronized (RecordingStorage.this) {
          rollbacks++;
        }
        throw new StorageException("write-ahead log unavailable (test)");
      }
      synchronized (RecordingStorage.this) {
        committed.addAll(pending);
        lastTimestamp.putAll(pendingLast);
        commits++;
      }
    }

    @Override
    public void rollback() {
      end();
      synchronized (RecordingStorage.this) {
        rollbacks++;
      }
    }

    private void end() {
      if (ended) {
        throw new IllegalStateException("the batch already ended");
      }
      ended = true;
      synchronized (RecordingStorage.this) {
        open--;
      }
    }
  }
}
