package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorEncoder;
import java.util.Arrays;

/**
 * One series in the head: its completed chunks (immutable, replaced copy-on-write as an array so a
 * reader's snapshot stays valid), the chunk being appended to, and the bookkeeping for validation
 * and isolation. Every mutable field is guarded by the instance's monitor.
 */
final class MemSeries {

  private static final XorChunk[] NO_CHUNKS = new XorChunk[0];

  final int id;
  final Labels labels;

  /** Set into {@link SeriesMap} chains for series whose labels share a hash. */
  MemSeries nextWithSameHash;

  private XorChunk[] chunks = NO_CHUNKS;
  private XorEncoder headChunk;
  private long headChunkRangeEndMillis;
  long minTimeMillis = Long.MAX_VALUE;
  long maxTimeMillis = Long.MIN_VALUE;
  long lastValueBits;

  /** The appender with uncommitted samples for this series (the last one to append), or null. */
  Object pendingAppender;
  long pendingMaxTimeMillis;
  long pendingLastValueBits;

  // Isolation: the last two commits that touched this series and the max time before each.
  long lastCommitSequence;
  long maxTimeBeforeLastCommit = Long.MIN_VALUE;
  long previousCommitSequence;
  long maxTimeBeforePreviousCommit = Long.MIN_VALUE;

  /** Whether the series record is in the write-ahead log. */
  boolean logged;

  /** Whether truncation removed this series from the head; appenders must look it up again. */
  boolean removed;

  MemSeries(int id, Labels labels) {
    this.id = id;
    this.labels = labels;
  }

  boolean hasSamples() {
    return maxTimeMillis != Long.MIN_VALUE;
  }

  /**
   * Appends a sample known to be newer than every sample here, cutting a new chunk when the current
   * one is full or the sample crosses the chunk range boundary. Returns whether a chunk was cut.
   */
  boolean appendInOrder(long timestampMillis, long valueBits, int samplesPerChunk, long chunkRangeMillis) {
    boolean cut = false;
    if (headChunk == null
        || headChunk.sampleCount() >= samplesPerChunk
        || timestampMillis >= headChunkRangeEndMillis) {
      cutHeadChunk();
      headChunk = new XorEncoder();
      headChunkRangeEndMillis = (Math.floorDiv(timestampMillis, chunkRangeMillis) + 1) * chunkRangeMillis;
      cut = true;
    }
    headChunk.append(timestampMillis, Double.longBitsToDouble(valueBits));
    if (minTimeMillis == Long.MAX_VALUE) {
      minTimeMillis = timestampMillis;
    }
    maxTimeMillis = timestampMillis;
    lastValueBits = valueBits;
    return cut;
  }

  private void cutHeadChunk() {
    if (headChunk != null && headChunk.sampleCount() > 0) {
      XorChunk[] grown = Arrays.copyOf(chunks, chunks.length + 1);
      grown[chunks.length] = headChunk.toChunk();
      chunks = grown;
    }
  }

  /** Records that commit {@code sequence} is about to add samples; called once per commit. */
  void beginCommit(long sequence) {
    if (lastCommitSequence == sequence) {
      return;
    }
    previousCommitSequence = lastCommitSequence;
    maxTimeBeforePreviousCommit = maxTimeBeforeLastCommit;
    lastCommitSequence = sequence;
    maxTimeBeforeLastCommit = maxTimeMillis;
  }

  /**
   * The newest sample time a reader that saw commits up to {@code sequence} may see. Exact unless
   * three or more commits touched this series after the reader started, in which case it errs
   * towards showing the older of the two it remembers.
   */
  long visibleMaxTime(long sequence) {
    if (lastCommitSequence <= sequence) {
      return maxTimeMillis;
    }
    if (previousCommitSequence <= sequence) {
      return maxTimeBeforeLastCommit;
    }
    return maxTimeBeforePreviousCommit;
  }

  /** A reader's view: the chunks and the head chunk prefix as of now, bounded by {@code sequence}. */
  SeriesSnapshot snapshot(long sequence) {
    long visibleMax = visibleMaxTime(sequence);
    if (headChunk == null) {
      return new SeriesSnapshot(labels, chunks, null, 0, visibleMax);
    }
    return new SeriesSnapshot(labels, chunks, headChunk.bytes(), headChunk.sampleCount(), visibleMax);
  }

  int chunkCount() {
    return chunks.length + (headChunk != null && headChunk.sampleCount() > 0 ? 1 : 0);
  }

  /** Heap bytes of the chunk data, for memory accounting. */
  long chunkBytes() {
    long total = headChunk == null ? 0 : headChunk.capacityBytes() + 64;
    for (XorChunk chunk : chunks) {
      total += chunk.bytes().length + 56;
    }
    return total;
  }

  /**
   * Drops completed chunks that end before {@code minTimeMillis}, handing them to {@code sink}, and
   * the head chunk too when it ends before it. Returns the number of chunks dropped.
   */
  int truncateBefore(long minTimeMillis, ChunkSink sink) {
    int keepFrom = 0;
    while (keepFrom < chunks.length && chunks[keepFrom].maxTimeMillis() < minTimeMillis) {
      sink.accept(labels, chunks[keepFrom]);
      keepFrom++;
    }
    int dropped = keepFrom;
    if (keepFrom > 0) {
      chunks = Arrays.copyOfRange(chunks, keepFrom, chunks.length);
    }
    if (headChunk != null && headChunk.sampleCount() > 0 && headChunk.maxTimeMillis() < minTimeMillis) {
      sink.accept(labels, headChunk.toChunk());
      headChunk = null;
      dropped++;
    }
    if (chunks.length > 0) {
      this.minTimeMillis = chunks[0].minTimeMillis();
    } else if (headChunk != null && headChunk.sampleCount() > 0) {
      this.minTimeMillis = headChunk.minTimeMillis();
    } else {
      this.minTimeMillis = Long.MAX_VALUE;
    }
    return dropped;
  }

  /** Whether every sample is gone (or none came) and no appender is about to add one. */
  boolean isEmptyAndIdle() {
    return chunkCount() == 0 && pendingAppender == null;
  }
}
