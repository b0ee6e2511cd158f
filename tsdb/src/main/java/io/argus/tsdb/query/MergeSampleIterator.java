package io.argus.tsdb.query;

import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.StorageException;

/**
 * Interleaves several time-ordered iterators of one series by time. When more than one holds a
 * sample at the same timestamp it is returned once, with the value of the earliest iterator in the
 * array; the others are stepped past it.
 *
 * <p>Blocks rarely overlap, so one iterator usually leads for a long run: the iterator that gave
 * the current sample stays the lead while its next sample is earlier than every other iterator's
 * pending one, and only then are all compared again. Per sample that is one call and one compare.
 */
final class MergeSampleIterator implements SampleIterator {

  private final SampleIterator[] iterators;
  /** Whether iterator i is positioned on a sample not yet returned (the lead's is returned). */
  private final boolean[] ready;
  private boolean started;
  private boolean hasCurrent;
  /** The iterator the current sample came from, or -1. */
  private int lead = -1;
  /** The smallest pending timestamp among the other ready iterators. */
  private long othersMinimum = Long.MAX_VALUE;
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
    } else if (lead >= 0) {
      SampleIterator leader = iterators[lead];
      ready[lead] = step(lead);
      if (ready[lead] && leader.timestampMillis() < othersMinimum) {
        timestampMillis = leader.timestampMillis();
        value = leader.value();
        return true;
      }
    }
    return emitSmallest();
  }

  @Override
  public boolean seek(long targetMillis) {
    if (hasCurrent && timestampMillis >= targetMillis) {
      return true;
    }
    started = true;
    for (int i = 0; i < iterators.length; i++) {
      // The lead sits on a returned sample; the others keep a pending one at or past the target.
      if (i == lead || !ready[i] || iterators[i].timestampMillis() < targetMillis) {
        ready[i] = iterators[i].seek(targetMillis);
        noteError(i);
      }
    }
    return emitSmallest();
  }

  /** Compares all pending samples; returns the smallest and steps the others past its timestamp. */
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
      lead = -1;
      return false;
    }
    timestampMillis = bestTime;
    value = iterators[best].value();
    long minimum = Long.MAX_VALUE;
    for (int i = 0; i < iterators.length; i++) {
      if (i != best && ready[i]) {
        if (iterators[i].timestampMillis() == bestTime) {
          ready[i] = step(i);
        }
        if (ready[i]) {
          minimum = Math.min(minimum, iterators[i].timestampMillis());
        }
      }
    }
    lead = best;
    othersMinimum = minimum;
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
