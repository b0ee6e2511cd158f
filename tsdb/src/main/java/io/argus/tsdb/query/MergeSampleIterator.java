package io.argus.tsdb.query;

import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.StorageException;

/**
 * Interleaves several time-ordered iterators of one series by time. When more than one holds a
 * sample at the same timestamp it is returned once, with the value of the earliest iterator in the
 * array; the others are stepped past it.
 */
final class MergeSampleIterator implements SampleIterator {

  private final SampleIterator[] iterators;
  /** Whether iterator i is positioned on a sample not yet returned. */
  private final boolean[] ready;
  private boolean started;
  private boolean hasCurrent;
  private long timestampMillis;
  private double value;
  private StorageException error;

  MergeSampleIterator(SampleIterator[] iterators) {
    this.iterators = iterators;
    this.ready = new boolean[iterators.length];
  }

  @Override
  public boolean next() {
    if (!started) {
      started = true;
      for (int i = 0; i < iterators.length; i++) {
        ready[i] = step(i);
      }
    }
    return emitSmallest();
  }

  @Override
  public boolean seek(long targetMillis) {
    if (started && hasCurrent && timestampMillis >= targetMillis) {
      return true;
    }
    started = true;
    for (int i = 0; i < iterators.length; i++) {
      // A ready iterator at or past the target keeps its sample; others seek.
      if (!ready[i] || iterators[i].timestampMillis() < targetMillis) {
        ready[i] = iterators[i].seek(targetMillis);
        noteError(i);
      }
    }
    return emitSmallest();
  }

  private boolean emitSmallest() {
    int best = -1;
    long bestTime = Long.MAX_VALUE;
    for (int i = 0; i < iterators.length; i++) {
      if (ready[i] && (best < 0 || iterators[i].timestampMillis() < bestTime)) {
        best = i;
        bestTime = iterators[i].timestampMillis();
      }
    }
    if (best < 0) {
      hasCurrent = false;
      return false;
    }
    timestampMillis = bestTime;
    value = iterators[best].value();
    for (int i = 0; i < iterators.length; i++) {
      if (ready[i] && iterators[i].timestampMillis() == bestTime) {
        ready[i] = step(i);
      }
    }
    hasCurrent = true;
    return true;
  }

  private boolean step(int i) {
    boolean more = iterators[i].next();
    noteError(i);
    return more;
  }

  private void noteError(int i) {
    if (error == null && iterators[i].error() != null) {
      error = iterators[i].error();
    }
  }

  @Override
  public long timestampMillis() {
    return timestampMillis;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public StorageException error() {
    return error;
  }
}
