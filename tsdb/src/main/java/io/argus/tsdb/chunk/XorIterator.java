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
    if (read >= sampleCount) {
      return false;
    }
    switch (read) {
      case 0 -> {
        long zigzag = readUvarint();
        timestampMillis = (zigzag >>> 1) ^ -(zigzag & 1);
        valueBits = readBits(64);
      }
      case 1 -> {
        deltaMillis = readUvarint();
        timestampMillis += deltaMillis;
        readValue();
      }
      default -> {
        deltaMillis += readDeltaOfDelta();
        timestampMillis += deltaMillis;
        readValue();
      }
    }
    read++;
    return true;
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

  private long readDeltaOfDelta() {
    // Up to four control bits pick the bucket: 0, 10, 110, 1110, 1111.
    int bucketBits;
    if (readBit() == 0) {
      return 0;
    } else if (readBit() == 0) {
      bucketBits = 14;
    } else if (readBit() == 0) {
      bucketBits = 17;
    } else if (readBit() == 0) {
      bucketBits = 20;
    } else {
      return readBits(64);
    }
    long bits = readBits(bucketBits);
    if (bits > (1L << (bucketBits - 1))) {
      bits -= 1L << bucketBits;
    }
    return bits;
  }

  private void readValue() {
    if (readBit() == 0) {
      return;
    }
    if (readBit() != 0) {
      leadingZeros = (int) readBits(5);
      int significant = (int) readBits(6);
      if (significant == 0) {
        significant = 64;
      }
      trailingZeros = 64 - leadingZeros - significant;
    }
    int significant = 64 - leadingZeros - trailingZeros;
    valueBits ^= readBits(significant) << trailingZeros;
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

  private int readBit() {
    if (windowBits == 0) {
      refill();
    }
    int bit = (int) (window >>> 63);
    window <<= 1;
    windowBits--;
    return bit;
  }

  /** Reads {@code count} bits, 1 ≤ count ≤ 64, most significant first. */
  private long readBits(int count) {
    if (count > 56) {
      long high = readBits(count - 32);
      return (high << 32) | readBits(32);
    }
    if (windowBits < count) {
      refill();
    }
    long result = window >>> (64 - count);
    window <<= count;
    windowBits -= count;
    return result;
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
