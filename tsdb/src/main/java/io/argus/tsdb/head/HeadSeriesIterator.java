package io.argus.tsdb.head;

import io.argus.core.storage.SampleIterator;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorIterator;

/**
 * Iterates a series snapshot's samples within {@code [minTime, maxTime]} and its isolation bound,
 * chunk by chunk, skipping whole chunks that end before the range or a seek target. One
 * {@link XorIterator} is reused across chunks and, through {@code reuse}, across series.
 */
public final class HeadSeriesIterator implements SampleIterator {

  private static final XorChunk[] NONE = new XorChunk[0];

  private final XorIterator chunk = new XorIterator();
  private XorChunk[] chunks = NONE;
  private byte[] headBytes;
  private int headSampleCount;
  private long minTimeMillis;
  private long maxTimeMillis;
  /** The index of the chunk being read; {@code chunks.length} is the head chunk. */
  private int chunkIndex;
  private boolean inChunk;
  private boolean done;

  void reset(SeriesSnapshot snapshot, long minTimeMillis, long maxTimeMillis) {
    this.chunks = snapshot.chunks();
    this.headBytes = snapshot.headBytes();
    this.headSampleCount = snapshot.headSampleCount();
    this.minTimeMillis = minTimeMillis;
    this.maxTimeMillis = Math.min(maxTimeMillis, snapshot.visibleMaxTimeMillis());
    this.chunkIndex = -1;
    this.inChunk = false;
    this.done = minTimeMillis > this.maxTimeMillis;
  }

  @Override
  public boolean next() {
    while (!done) {
      if (inChunk && chunk.next()) {
        long t = chunk.timestampMillis();
        if (t > maxTimeMillis) {
          done = true;
          return false;
        }
        if (t >= minTimeMillis) {
          return true;
        }
      } else if (!openNextChunk(minTimeMillis)) {
        done = true;
      }
    }
    return false;
  }

  @Override
  public boolean seek(long targetMillis) {
    if (done) {
      return false;
    }
    if (inChunk && chunk.position() > 0 && chunk.timestampMillis() >= targetMillis
        && chunk.timestampMillis() >= minTimeMillis) {
      return true;
    }
    long target = Math.max(targetMillis, minTimeMillis);
    // Skip the rest of the current chunk when it ends before the target.
    if (inChunk && chunkIndex < chunks.length && chunks[chunkIndex].maxTimeMillis() < target) {
      inChunk = false;
    }
    while (true) {
      if (!inChunk && !openNextChunk(target)) {
        done = true;
        return false;
      }
      if (chunk.seek(target)) {
        if (chunk.timestampMillis() > maxTimeMillis) {
          done = true;
          return false;
        }
        return true;
      }
      inChunk = false;
    }
  }

  @Override
  public long timestampMillis() {
    return chunk.timestampMillis();
  }

  @Override
  public double value() {
    return chunk.value();
  }

  /** Opens the next chunk that may hold samples at or after {@code fromMillis}. */
  private boolean openNextChunk(long fromMillis) {
    while (++chunkIndex < chunks.length) {
      XorChunk candidate = chunks[chunkIndex];
      if (candidate.minTimeMillis() > maxTimeMillis) {
        return false;
      }
      if (candidate.maxTimeMillis() >= fromMillis) {
        chunk.reset(candidate.bytes(), candidate.sampleCount());
        inChunk = true;
        return true;
      }
    }
    if (chunkIndex == chunks.length && headBytes != null && headSampleCount > 0) {
      chunk.reset(headBytes, headSampleCount);
      inChunk = true;
      return true;
    }
    inChunk = false;
    return false;
  }
}
