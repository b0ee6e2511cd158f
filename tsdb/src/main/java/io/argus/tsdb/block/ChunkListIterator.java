package io.argus.tsdb.block;

import io.argus.core.storage.SampleIterator;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorIterator;

/**
 * Iterates a series' chunks in order, returning only samples in {@code [minTimeMillis,
 * maxTimeMillis]}. Seeks skip whole chunks by their time range before decoding. Reusable.
 */
final class ChunkListIterator implements SampleIterator {

  private final XorIterator chunkIterator = new XorIterator();
  private XorChunk[] chunks = new XorChunk[0];
  private int chunkIndex;
  private boolean inChunk;
  private boolean exhausted;
  private boolean hasCurrent;
  private long minTimeMillis;
  private long maxTimeMillis;

  void reset(XorChunk[] newChunks, long min, long max) {
    this.chunks = newChunks;
    this.minTimeMillis = min;
    this.maxTimeMillis = max;
    this.chunkIndex = -1;
    this.inChunk = false;
    this.exhausted = false;
    this.hasCurrent = false;
  }

  @Override
  public boolean next() {
    hasCurrent = advance();
    return hasCurrent;
  }

  private boolean advance() {
    if (exhausted) {
      return false;
    }
    while (true) {
      if (inChunk && chunkIterator.next()) {
        long t = chunkIterator.timestampMillis();
        if (t < minTimeMillis) {
          continue;
        }
        if (t > maxTimeMillis) {
          exhausted = true;
          return false;
        }
        return true;
      }
      if (!openNextChunk()) {
        return false;
      }
    }
  }

  private boolean openNextChunk() {
    chunkIndex++;
    while (chunkIndex < chunks.length && chunks[chunkIndex].maxTimeMillis() < minTimeMillis) {
      chunkIndex++;
    }
    if (chunkIndex >= chunks.length || chunks[chunkIndex].minTimeMillis() > maxTimeMillis) {
      exhausted = true;
      inChunk = false;
      return false;
    }
    chunks[chunkIndex].iterator(chunkIterator);
    inChunk = true;
    return true;
  }

  @Override
  public boolean seek(long targetMillis) {
    if (exhausted) {
      return false;
    }
    if (hasCurrent && chunkIterator.timestampMillis() >= targetMillis) {
      return true;
    }
    if (targetMillis > minTimeMillis) {
      // Skip the chunks that end before the target without decoding them.
      int next = chunkIndex + 1;
      while (next < chunks.length && chunks[next].maxTimeMillis() < targetMillis) {
        next++;
      }
      if (next - 1 > chunkIndex) {
        chunkIndex = next - 1;
        inChunk = false;
      }
    }
    while (next()) {
      if (chunkIterator.timestampMillis() >= targetMillis) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long timestampMillis() {
    return chunkIterator.timestampMillis();
  }

  @Override
  public double value() {
    return chunkIterator.value();
  }
}
