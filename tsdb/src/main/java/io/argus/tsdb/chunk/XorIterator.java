package io.argus.tsdb.chunk;

import io.argus.core.storage.SampleIterator;

/**
 * Decodes an XOR chunk. Bits are consumed from a 64-bit window refilled a byte at a time, so the hot
 * path is shifts on a long; nothing is allocated per sample, and an instance is reusable through
 * {@link #reset(byte[], int)}. Reads at most {@code sampleCount} samples even if the array holds
 * more (a head chunk still being appended to).
 */
public final class XorIterator implements SampleIterator {

  private byte[] bytes;
  private int sampleCount;
  private int bytePosition;
  private long window;
  private int windowBits;

  private int read;
  private long timestampMillis;
  private long deltaMillis;
  private long valueBits;
  private int leadingZeros;
  private int trailingZeros;

  public XorIterator() {
    reset(new byte[XorFormat.HEADER_BYTES], 0);
  }

  /** Restarts on {@code bytes}, reading {@code sampleCount} samples from its beginning. */
  public void reset(byte[] bytes, int sampleCount) {
    this.bytes = bytes;
    this.sampleCount = sampleCount;
    this.bytePosition = XorFormat.HEADER_BYTES;
    this.window = 0;
    this.windowBits = 0;
    this.read = 0;
    this.timestampMillis = 0;
    this.deltaMillis = 0;
    this.valueBits = 0;
    this.leadingZeros = XorEncoder.NO_WINDOW;
    this.trailingZeros = 0;
  }

  @Override
  public boolean next() {
    int position = read;
    if (position >= sampleCount) {
      return false;
    }
    if (position < 2) {
      readFirstSamples(position);
    } else {
      deltaMillis += readDeltaOfDelta();
      timestampMillis += deltaMillis;
      readValue();
    }
    read = position + 1;
    return true;
  }

  private void readFirstSamples(int position) {
    if (position == 0) {
      long zigzag = readUvarint();
      timestampMillis = (zigzag >>> 1) ^ -(zigzag & 1);
      valueBits = readLong();
    } else {
      deltaMillis = readUvarint();
      timestampMillis += deltaMillis;
      readValue();
    }
  }

  @Override
  public boolean seek(long targetMillis) {
    if (read > 0 && timestampMillis >= targetMillis) {
      return true;
    }
    while (next()) {
      if (timestampMillis >= targetMillis) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long timestampMillis() {
    return timestampMillis;
  }

  @Override
  public double value() {
    return Double.longBitsToDouble(valueBits);
  }

  /** How many samples have been read so far. */
  public int position() {
    return read;
  }

  /**
   * Reads a delta-of-delta. The control prefix is the run of leading one bits in the window (0, 10,
   * 110, 1110, 1111), found with one count instead of a bit at a time.
   */
  private long readDeltaOfDelta() {
    if (windowBits < 24) {
      refill();
    }
    long w = window;
    if (w >= 0) { // control bit 0: the interval did not change
      window = w << 1;
      windowBits--;
      return 0;
    }
    int ones = Long.numberOfLeadingZeros(~w);
    int bucketBits;
    int controlBits;
    switch (ones) {
      case 1 -> {
        bucketBits = 14;
        controlBits = 2;
      }
      case 2 -> {
        bucketBits = 17;
        controlBits = 3;
      }
      case 3 -> {
        bucketBits = 20;
        controlBits = 4;
      }
      default -> {
        window = w << 4;
        windowBits -= 4;
        return readLong();
      }
    }
    long bits = (w << controlBits) >>> (64 - bucketBits);
    window = w << (controlBits + bucketBits);
    windowBits -= controlBits + bucketBits;
    if (bits > (1L << (bucketBits - 1))) {
      bits -= 1L << bucketBits;
    }
    return bits;
  }

  private void readValue() {
    if (windowBits < 13) {
      refill();
    }
    long w = window;
    if (w >= 0) { // control bit 0: same value
      window = w << 1;
      windowBits--;
      return;
    }
    if ((w << 1) < 0) { // control 11: a new window follows
      leadingZeros = (int) ((w << 2) >>> 59);
      int significant = (int) ((w << 7) >>> 58);
      if (significant == 0) {
        significant = 64;
      }
      trailingZeros = 64 - leadingZeros - significant;
      window = w << 13;
      windowBits -= 13;
    } else {
      window = w << 2;
      windowBits -= 2;
    }
    int significant = 64 - leadingZeros - trailingZeros;
    long bits =
        significant <= 56 ? readBits(significant) : (readBits(significant - 32) << 32) | readBits(32);
    valueBits ^= bits << trailingZeros;
  }

  private long readUvarint() {
    long result = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      long b = readBits(8);
      result |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    return result;
  }

  /** Reads {@code count} bits, 1 ≤ count ≤ 56, most significant first. */
  private long readBits(int count) {
    if (windowBits < count) {
      refill();
    }
    long result = window >>> (64 - count);
    window <<= count;
    windowBits -= count;
    return result;
  }

  /** Reads 64 bits. */
  private long readLong() {
    long high = readBits(32);
    return (high << 32) | readBits(32);
  }

  /** Tops the window up to at least 57 bits, or with what is left of the array (zeros beyond). */
  private void refill() {
    byte[] source = bytes;
    int position = bytePosition;
    int bits = windowBits;
    long value = window;
    while (bits <= 56) {
      long b = position < source.length ? source[position] & 0xFFL : 0;
      position++;
      value |= b << (56 - bits);
      bits += 8;
    }
    bytePosition = position;
    window = value;
    windowBits = bits;
  }
}
