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
 * @param chunkSink receives chunks truncated out of the head (the block writer, once it exists)
 * @param truncationCheckIntervalMillis how often a background thread checks whether the head spans
 *     more than its window and truncates it; 0 disables the thread (call {@link Tsdb#truncateHead})
 */
public record TsdbOptions(
    long blockRangeMillis,
    long headWindowMillis,
    int samplesPerChunk,
    boolean walEnabled,
    WalOptions wal,
    ChunkSink chunkSink,
    long truncationCheckIntervalMillis) {

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
  }

  public static TsdbOptions defaults() {
    return new TsdbOptions(
        HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS,
        2 * HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS,
        HeadOptions.DEFAULT_SAMPLES_PER_CHUNK,
        true,
        WalOptions.defaults(),
        ChunkSink.discarding(),
        60_000);
  }

  public TsdbOptions withWal(WalOptions newWal) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, newWal, chunkSink, truncationCheckIntervalMillis);
  }

  public TsdbOptions withWalEnabled(boolean enabled) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, enabled, wal, chunkSink, truncationCheckIntervalMillis);
  }

  public TsdbOptions withChunkSink(ChunkSink sink) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, sink, truncationCheckIntervalMillis);
  }

  public TsdbOptions withTruncationCheckIntervalMillis(long millis) {
    return new TsdbOptions(
        blockRangeMillis, headWindowMillis, samplesPerChunk, walEnabled, wal, chunkSink, millis);
  }

  HeadOptions headOptions() {
    return new HeadOptions(blockRangeMillis, samplesPerChunk);
  }
}
