package io.argus.core.storage;

import io.argus.core.label.Labels;

/**
 * A batch of samples. Appends are neither visible to queries nor durable until {@link #commit()};
 * {@link #rollback()} discards them. Not thread-safe: one thread uses an appender at a time, and
 * neither method may be called after the batch ended.
 */
public interface Appender {

  /**
   * Adds one float sample to the batch.
   *
   * @param seriesRef a reference returned by an earlier append for the same series, or 0 when
   *     unknown; a stale or unknown reference is not an error, the labels are used instead
   * @param labels the series' labels; used when {@code seriesRef} is 0 or unknown
   * @param timestampMillis the sample time, epoch milliseconds
   * @param value the value; {@link StaleMarker#STALE_NAN} marks the series stale
   * @return the series reference to pass with the next sample of the same series (never 0)
   * @throws SampleRejectedException (one of its subclasses) if the sample is rejected; the batch
   *     stays usable and the sample is simply not part of it
   */
  long append(long seriesRef, Labels labels, long timestampMillis, double value);

  /**
   * Makes the batch durable (written to the write-ahead log per the documented fsync policy) and
   * visible to queries, atomically: a query sees all of the batch or none of it.
   *
   * @throws StorageException if the batch could not be made durable; nothing of it is visible
   */
  void commit();

  /** Discards the batch. Series it created may remain, empty, until the head is next truncated. */
  void rollback();
}
