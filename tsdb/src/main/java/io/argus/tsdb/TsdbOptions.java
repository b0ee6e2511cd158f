package io.argus.tsdb;

import io.argus.tsdb.head.ChunkSink;
import io.argus.tsdb.head.HeadOptions;
import io.argus.tsdb.wal.WalOptions;

/**
 * How a {@link Tsdb} stores data.
 *
 * @param blockRangeMillis the block range (Prometheus' {@code storage.tsdb.min-block-duration}, 2 h):
 *     head chunks never cross a multiple of it
 * @param headWindowMillis how much the head keeps in memory behind its newest sample (2 × block
 *     range); older chunks go to {@code chunkSink} on truncation
 * @param samplesPerChunk a head chunk is cut at this many samples (120)
 * @param walEnabled whether commits are written to the write-ahead log
 * @param wal how the log writes
 * @param chunkSink also receives the chunks truncated out of the head, after they were written to a
 *     block (for observers and tests; the block writer does not need it)
 * @param truncationCheckIntervalMillis how often a background thread checks whether the head spans
 *     more than its window and truncates it; 0 disables the thread (call {@link Tsdb#truncateHead})
 * @param retentionTimeMillis blocks that end this long before the newest sample are deleted
 *     ({@code --storage.tsdb.retention.time}, 15 d); 0 keeps them regardless of age
 * @param retentionSizeBytes while the blocks take more than this, the oldest is deleted
 *     ({@code --storage.tsdb.retention.size}); 0 means no limit. The head and WAL are not counted.
 */
public record TsdbOptions(
    long blockRangeMillis,
    long headWindowMillis,
    int samplesPerChunk,
    boolean walEnabled,
    WalOptions wal,
    ChunkSink chunkSink,
    long truncationCheckIntervalMillis,
    long retentionTimeMillis,
    long retentionSizeBytes) {

  /** Prometheus' default retention time, 15 days. */
  public static final long DEFAULT_RETENTION_TIME_MILLIS = 15L * 24 * 60 * 60 * 1000;

  public TsdbOptions {
    new HeadOptions(blockRangeMillis, samplesPerChunk); // validates both
    if (headWindowMillis < blockRangeMillis) {
      throw new IllegalArgumentException(
          "headWindowMillis must be at least the block range " + blockRangeMillis + ", got " + headWindowMillis);
    }
    if (wal == null) {
      wal = WalOptions.defaults();
    }
    if (chunkSink == null) {
      chunkSink = ChunkSink.discarding();
    }
    if (truncationCheckIntervalMillis < 0) {
      throw new IllegalArgumentException(
          "truncationCheckIntervalMillis must not be negative, got " + truncationCheckIntervalMillis);
    }
    if (retentionTimeMillis < 0) {
      throw new IllegalArgumentException("retentionTimeMillis must not be negative, got " + retentionTimeMillis);
    }
    if (retentionSizeBytes < 0) {
      throw new IllegalArgumentException("retentionSizeBytes must not be negative, got " + retentionSizeBytes);
    }
  }

  /** The options of issue 3, with the default retention (15 d, no size limit). */
  public TsdbOptions(
      long blockRangeMillis,
      long headWindowMillis,
      int samplesPerChunk,
      boolean walEnabled,
      WalOptions wal,
      ChunkSink chunkSink,
      long truncationCheckIntervalMillis) {
    this(blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, chunkSink,
        truncationCheckIntervalMillis, DEFAULT_RETENTION_TIME_MILLIS, 0);
  }

  public static TsdbOptions defaults() {
    return new TsdbOptions(
        HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS,
        2 * HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS,
        HeadOptions.DEFAULT_SAMPLES_PER_CHUNK,
        true,
        WalOptions.defaults(),
        ChunkSink.discarding(),
        60_000,
        DEFAULT_RETENTION_TIME_MILLIS,
        0);
  }

  public TsdbOptions withWal(WalOptions newWal) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, newWal, chunkSink, truncationCheckIntervalMillis,
        retentionTimeMillis, retentionSizeBytes);
  }

  public TsdbOptions withWalEnabled(boolean enabled) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, enabled, wal, chunkSink, truncationCheckIntervalMillis,
        retentionTimeMillis, retentionSizeBytes);
  }

  public TsdbOptions withChunkSink(ChunkSink sink) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, sink, truncationCheckIntervalMillis,
        retentionTimeMillis, retentionSizeBytes);
  }

  public TsdbOptions withTruncationCheckIntervalMillis(long millis) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, chunkSink, millis,
        retentionTimeMillis, retentionSizeBytes);
  }

  public TsdbOptions withRetention(long newRetentionTimeMillis, long newRetentionSizeBytes) {
    return new TsdbOptions(blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, chunkSink,
        truncationCheckIntervalMillis, newRetentionTimeMillis, newRetentionSizeBytes);
  }

  HeadOptions headOptions() {
    return new HeadOptions(blockRangeMillis, samplesPerChunk);
  }
}
