package io.argus.tsdb.head;

import java.util.concurrent.atomic.LongAdder;

/**
 * The head's counters, updated on the hot path with striped adders. Read by the TSDB's metrics
 * snapshot; names follow Prometheus' {@code prometheus_tsdb_*} ones under {@code argus_tsdb_*}.
 */
public final class HeadMetrics {

  final LongAdder samplesAppended = new LongAdder();
  final LongAdder outOfOrderSamples = new LongAdder();
  final LongAdder outOfBoundSamples = new LongAdder();
  final LongAdder duplicateSamples = new LongAdder();
  final LongAdder invalidSeries = new LongAdder();
  final LongAdder seriesCreated = new LongAdder();
  final LongAdder seriesRemoved = new LongAdder();
  final LongAdder chunksCreated = new LongAdder();
  final LongAdder chunksRemoved = new LongAdder();
  final LongAdder truncations = new LongAdder();
  final LongAdder commitsFailed = new LongAdder();

  /** {@code argus_tsdb_head_samples_appended_total}: samples committed to the head. */
  public long samplesAppendedTotal() {
    return samplesAppended.sum();
  }

  /** {@code argus_tsdb_out_of_order_samples_total}. */
  public long outOfOrderSamplesTotal() {
    return outOfOrderSamples.sum();
  }

  /** {@code argus_tsdb_out_of_bound_samples_total}. */
  public long outOfBoundSamplesTotal() {
    return outOfBoundSamples.sum();
  }

  /** {@code argus_tsdb_duplicate_samples_total} (no Prometheus equivalent). */
  public long duplicateSamplesTotal() {
    return duplicateSamples.sum();
  }

  /** {@code argus_tsdb_invalid_series_total}: appends refused for invalid labels. */
  public long invalidSeriesTotal() {
    return invalidSeries.sum();
  }

  /** {@code argus_tsdb_head_series_created_total}. */
  public long seriesCreatedTotal() {
    return seriesCreated.sum();
  }

  /** {@code argus_tsdb_head_series_removed_total}. */
  public long seriesRemovedTotal() {
    return seriesRemoved.sum();
  }

  /** {@code argus_tsdb_head_chunks_created_total}. */
  public long chunksCreatedTotal() {
    return chunksCreated.sum();
  }

  /** {@code argus_tsdb_head_chunks_removed_total}. */
  public long chunksRemovedTotal() {
    return chunksRemoved.sum();
  }

  /** {@code argus_tsdb_head_truncations_total}. */
  public long truncationsTotal() {
    return truncations.sum();
  }

  /** {@code argus_tsdb_head_commits_failed_total}: commits the log refused (e.g. disk full). */
  public long commitsFailedTotal() {
    return commitsFailed.sum();
  }

  /** {@code argus_tsdb_head_series}: series in the head now. */
  public long series() {
    return seriesCreated.sum() - seriesRemoved.sum();
  }

  /** {@code argus_tsdb_head_chunks}: chunks in the head now. */
  public long chunks() {
    return chunksCreated.sum() - chunksRemoved.sum();
  }
}
