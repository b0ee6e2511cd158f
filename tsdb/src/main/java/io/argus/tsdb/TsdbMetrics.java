package io.argus.tsdb;

import io.argus.tsdb.block.BlockDirectory;
import io.argus.tsdb.head.Head;
import io.argus.tsdb.head.HeadMetrics;
import io.argus.tsdb.wal.WalMetrics;

/**
 * The TSDB's self-metrics, named as Prometheus names its {@code prometheus_tsdb_*} ones but under
 * {@code argus_tsdb_*}. The server registers them with its metrics library through
 * {@link #collect(Visitor)}, which reads current values each time: no dependency on a metrics
 * client here.
 */
public final class TsdbMetrics {

  private final Head head;
  private final WalMetrics wal;
  private final BlockDirectory blocks;

  TsdbMetrics(Head head, WalMetrics wal, BlockDirectory blocks) {
    this.head = head;
    this.wal = wal;
    this.blocks = blocks;
  }

  /** Receives one metric's current value. */
  public interface Visitor {
    void counter(String name, String help, double value);

    void gauge(String name, String help, double value);

    /** A summary without quantiles: its count and sum. */
    void summary(String name, String help, long count, double sum);
  }

  public HeadMetrics head() {
    return head.metrics();
  }

  public WalMetrics wal() {
    return wal;
  }

  /** Reports every metric to {@code visitor}. */
  public void collect(Visitor visitor) {
    HeadMetrics h = head.metrics();
    visitor.gauge("argus_tsdb_head_series", "Series in the head.", h.series());
    visitor.gauge("argus_tsdb_head_chunks", "Chunks in the head.", h.chunks());
    visitor.gauge("argus_tsdb_head_min_time", "Oldest sample time in the head, ms.", nanToEmpty(head.minTimeMillis()));
    visitor.gauge("argus_tsdb_head_max_time", "Newest sample time in the head, ms.", nanToEmpty(head.maxTimeMillis()));
    visitor.counter("argus_tsdb_head_samples_appended_total", "Samples committed to the head.", h.samplesAppendedTotal());
    visitor.counter("argus_tsdb_head_series_created_total", "Series created in the head.", h.seriesCreatedTotal());
    visitor.counter("argus_tsdb_head_series_removed_total", "Series removed from the head.", h.seriesRemovedTotal());
    visitor.counter("argus_tsdb_head_chunks_created_total", "Chunks created in the head.", h.chunksCreatedTotal());
    visitor.counter("argus_tsdb_head_chunks_removed_total", "Chunks removed from the head.", h.chunksRemovedTotal());
    visitor.counter("argus_tsdb_head_truncations_total", "Head truncations.", h.truncationsTotal());
    visitor.counter("argus_tsdb_out_of_order_samples_total", "Samples refused as out of order.", h.outOfOrderSamplesTotal());
    visitor.counter("argus_tsdb_out_of_bound_samples_total", "Samples refused as out of bounds.", h.outOfBoundSamplesTotal());
    visitor.counter("argus_tsdb_duplicate_samples_total", "Samples refused as duplicates.", h.duplicateSamplesTotal());
    visitor.counter("argus_tsdb_invalid_series_total", "Appends refused for invalid labels.", h.invalidSeriesTotal());
    visitor.counter("argus_tsdb_head_commits_failed_total", "Commits that could not be logged.", h.commitsFailedTotal());
    visitor.gauge("argus_tsdb_blocks_loaded", "Blocks open for queries.", blocks.blocks().size());
    visitor.gauge("argus_tsdb_storage_blocks_bytes", "Bytes of the blocks on disk.", blocks.sizeBytes());
    visitor.counter("argus_tsdb_blocks_written_total", "Blocks written from the head.", blocks.blocksWrittenTotal());
    visitor.counter("argus_tsdb_compactions_total", "Compactions of blocks into a larger one.",
        blocks.compactionsTotal());
    visitor.counter("argus_tsdb_corrupt_blocks_total", "Blocks found corrupt at start and moved aside.",
        blocks.corruptBlocksTotal());
    visitor.counter("argus_tsdb_time_retentions_total", "Blocks deleted for exceeding the retention time.",
        blocks.timeRetentionsTotal());
    visitor.counter("argus_tsdb_size_retentions_total", "Blocks deleted for exceeding the retention size.",
        blocks.sizeRetentionsTotal());
    if (wal != null) {
      visitor.counter("argus_tsdb_wal_corruptions_total", "Torn or corrupt WAL records found on replay.", wal.corruptionsTotal());
      visitor.summary("argus_tsdb_wal_fsync_duration_seconds", "WAL fsync durations.", wal.fsyncCount(), wal.fsyncSecondsTotal());
      visitor.counter("argus_tsdb_wal_writes_failed_total", "WAL writes that failed.", wal.writesFailedTotal());
      visitor.counter("argus_tsdb_wal_bytes_written_total", "Bytes written to the WAL.", wal.bytesWrittenTotal());
      visitor.counter("argus_tsdb_wal_group_writes_total", "WAL writes, each carrying one or more commits.", wal.groupWritesTotal());
      visitor.counter("argus_tsdb_wal_commits_total", "Commits written to the WAL.", wal.commitsTotal());
      visitor.counter("argus_tsdb_wal_truncations_total", "WAL truncations.", wal.truncationsTotal());
      visitor.counter("argus_tsdb_checkpoint_creations_total", "WAL checkpoints created.", wal.checkpointCreationsTotal());
      visitor.counter("argus_tsdb_checkpoint_creations_failed_total", "WAL checkpoints that failed.", wal.checkpointFailuresTotal());
      visitor.gauge("argus_tsdb_wal_segment_current", "Index of the WAL segment being written.", wal.currentSegment());
      visitor.gauge("argus_tsdb_data_replay_duration_seconds", "Time the last WAL replay took.", wal.replaySeconds());
      visitor.counter(
          "argus_tsdb_wal_replay_unknown_series_samples_total",
          "Samples dropped on replay because their series record was missing.",
          wal.replayUnknownSeriesSamplesTotal());
    }
  }

  private static double nanToEmpty(long timeMillis) {
    return timeMillis == Long.MAX_VALUE || timeMillis == Long.MIN_VALUE ? Double.NaN : timeMillis;
  }
}
