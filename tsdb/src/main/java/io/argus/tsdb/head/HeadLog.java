package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.core.storage.StorageException;

/**
 * Where the head makes a batch durable before applying it: the write-ahead log, or nothing. Called
 * by committing appenders, possibly from many threads at once; an implementation may group their
 * writes.
 */
public interface HeadLog {

  /**
   * Durably records new series and a batch of samples; returns only once they are as durable as the
   * log's sync policy promises.
   *
   * @param newSeriesIds ids of series not yet logged, with their labels in {@code newSeriesLabels}
   * @param newSeriesCount how many of those entries are used
   * @param seriesIds the series id of each sample
   * @param valueBits each sample's value as raw IEEE 754 bits, so NaN payloads survive
   * @throws StorageException if the batch could not be recorded; then none of it counts as recorded
   */
  void logBatch(
      int[] newSeriesIds,
      Labels[] newSeriesLabels,
      int newSeriesCount,
      int[] seriesIds,
      long[] timestampsMillis,
      long[] valueBits,
      int sampleCount);

  /** A log that records nothing: the head is then lost on restart. */
  static HeadLog none() {
    return (ids, labels, newCount, seriesIds, timestamps, bits, count) -> {};
  }
}
