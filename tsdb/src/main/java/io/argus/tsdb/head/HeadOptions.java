package io.argus.tsdb.head;

/**
 * How the head cuts chunks.
 *
 * @param chunkRangeMillis chunks never span a multiple of this (Prometheus: the block range, 2 h);
 *     samples older than the head's newest minus half of it are out of bounds
 * @param samplesPerChunk a chunk is cut once it holds this many samples (Prometheus: 120)
 */
public record HeadOptions(long chunkRangeMillis, int samplesPerChunk) {

  public static final long DEFAULT_CHUNK_RANGE_MILLIS = 2 * 60 * 60 * 1000L;
  public static final int DEFAULT_SAMPLES_PER_CHUNK = 120;

  public HeadOptions {
    if (chunkRangeMillis <= 0) {
      throw new IllegalArgumentException("chunkRangeMillis must be positive, got " + chunkRangeMillis);
    }
    if (samplesPerChunk < 1 || samplesPerChunk > 0xFFFF) {
      throw new IllegalArgumentException(
          "samplesPerChunk must be between 1 and 65535, got " + samplesPerChunk);
    }
  }

  public static HeadOptions defaults() {
    return new HeadOptions(DEFAULT_CHUNK_RANGE_MILLIS, DEFAULT_SAMPLES_PER_CHUNK);
  }
}
