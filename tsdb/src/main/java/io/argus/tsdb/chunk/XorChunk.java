package io.argus.tsdb.chunk;

/**
 * A completed XOR chunk: immutable, so the head hands the same instance to every reader (and later
 * to the block writer) without copying. {@code bytes} holds exactly the encoded stream, starting
 * with the two-byte sample count.
 */
public final class XorChunk {

  private final byte[] bytes;
  private final int sampleCount;
  private final long minTimeMillis;
  private final long maxTimeMillis;

  XorChunk(byte[] bytes, int sampleCount, long minTimeMillis, long maxTimeMillis) {
    this.bytes = bytes;
    this.sampleCount = sampleCount;
    this.minTimeMillis = minTimeMillis;
    this.maxTimeMillis = maxTimeMillis;
  }

  /**
   * Wraps an encoded chunk read from storage, taking the sample count from its header.
   *
   * @throws IllegalArgumentException if the bytes are too short to hold a header
   */
  public static XorChunk wrap(byte[] bytes, long minTimeMillis, long maxTimeMillis) {
    if (bytes.length < XorFormat.HEADER_BYTES) {
      throw new IllegalArgumentException(
          "an XOR chunk needs at least " + XorFormat.HEADER_BYTES + " bytes, got " + bytes.length);
    }
    return new XorChunk(bytes, XorFormat.readSampleCount(bytes), minTimeMillis, maxTimeMillis);
  }

  /** The encoded stream. Shared, never modified: callers must not write to it. */
  public byte[] bytes() {
    return bytes;
  }

  public int sampleCount() {
    return sampleCount;
  }

  public long minTimeMillis() {
    return minTimeMillis;
  }

  public long maxTimeMillis() {
    return maxTimeMillis;
  }

  /** An iterator over this chunk; {@code reuse} may be an earlier one to recycle, or null. */
  public XorIterator iterator(XorIterator reuse) {
    XorIterator iterator = reuse != null ? reuse : new XorIterator();
    iterator.reset(bytes, sampleCount);
    return iterator;
  }
}
