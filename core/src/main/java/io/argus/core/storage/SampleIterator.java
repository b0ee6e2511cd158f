package io.argus.core.storage;

/**
 * A cursor over float samples in increasing time order, primitives only. Starts before the first
 * sample: call {@link #next()} or {@link #seek(long)} before reading. Not thread-safe.
 */
public interface SampleIterator {

  /** Advances to the next sample; false at the end or on error. */
  boolean next();

  /**
   * Advances to the first sample with a time {@code >= timestampMillis}; never moves backwards
   * (if the current sample already qualifies, stays). False when there is no such sample.
   */
  boolean seek(long timestampMillis);

  /** The current sample's time, epoch milliseconds. */
  long timestampMillis();

  /** The current sample's value. */
  double value();

  /** The error that ended iteration early, or null. */
  default StorageException error() {
    return null;
  }
}
