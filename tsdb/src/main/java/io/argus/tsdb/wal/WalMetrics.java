package io.argus.tsdb.wal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The write-ahead log's counters; names follow Prometheus' {@code prometheus_tsdb_wal_*}. */
public final class WalMetrics {

  final LongAdder corruptions = new LongAdder();
  final LongAdder fsyncs = new LongAdder();
  final LongAdder fsyncNanos = new LongAdder();
  final LongAdder writesFailed = new LongAdder();
  final LongAdder bytesWritten = new LongAdder();
  final LongAdder groupWrites = new LongAdder();
  final LongAdder commits = new LongAdder();
  final LongAdder truncations = new LongAdder();
  final LongAdder checkpointCreations = new LongAdder();
  final LongAdder checkpointFailures = new LongAdder();
  final LongAdder replayUnknownSeriesSamples = new LongAdder();
  final AtomicLong currentSegment = new AtomicLong(-1);
  final AtomicLong replayNanos = new AtomicLong();

  /** {@code argus_tsdb_wal_corruptions_total}: torn or corrupt records found on replay. */
  public long corruptionsTotal() {
    return corruptions.sum();
  }

  /** {@code argus_tsdb_wal_fsync_duration_seconds} count. */
  public long fsyncCount() {
    return fsyncs.sum();
  }

  /** {@code argus_tsdb_wal_fsync_duration_seconds} sum, in seconds. */
  public double fsyncSecondsTotal() {
    return fsyncNanos.sum() / 1e9;
  }

  /** {@code argus_tsdb_wal_writes_failed_total}. */
  public long writesFailedTotal() {
    return writesFailed.sum();
  }

  /** {@code argus_tsdb_wal_bytes_written_total} (no Prometheus equivalent). */
  public long bytesWrittenTotal() {
    return bytesWritten.sum();
  }

  /** {@code argus_tsdb_wal_group_writes_total}: writes, each carrying one or more commits. */
  public long groupWritesTotal() {
    return groupWrites.sum();
  }

  /** {@code argus_tsdb_wal_commits_total}: commits logged (≥ group writes). */
  public long commitsTotal() {
    return commits.sum();
  }

  /** {@code argus_tsdb_wal_truncations_total}. */
  public long truncationsTotal() {
    return truncations.sum();
  }

  /** {@code argus_tsdb_checkpoint_creations_total}. */
  public long checkpointCreationsTotal() {
    return checkpointCreations.sum();
  }

  /** {@code argus_tsdb_checkpoint_creations_failed_total}. */
  public long checkpointFailuresTotal() {
    return checkpointFailures.sum();
  }

  /** {@code argus_tsdb_wal_replay_unknown_series_samples_total}: dropped on replay. */
  public long replayUnknownSeriesSamplesTotal() {
    return replayUnknownSeriesSamples.sum();
  }

  /** Counts samples replay dropped because no series record preceded them. */
  public void addReplayUnknownSeriesSamples(long count) {
    replayUnknownSeriesSamples.add(count);
  }

  /** {@code argus_tsdb_wal_segment_current}. */
  public long currentSegment() {
    return currentSegment.get();
  }

  /** {@code argus_tsdb_data_replay_duration_seconds}. */
  public double replaySeconds() {
    return replayNanos.get() / 1e9;
  }
}
