package io.argus.tsdb.chunk;

import java.util.Arrays;

/**
 * Appends samples to an XOR chunk. Owned by one series and written under that series' lock; readers
 * may decode a prefix concurrently from {@link #bytes()} and a sample count they read under the same
 * lock: appending only sets bits past that prefix (or writes a grown copy of the array), so the
 * prefix a reader saw never changes underneath it.
 *
 * <p>Timestamps must not decrease for the stream to compress well, but any sequence round-trips:
 * deltas wrap around in 64-bit arithmetic on both sides.
 */
public final class XorEncoder {

  private static final int INITIAL_CAPACITY_BYTES = 48;
  static final int NO_WINDOW = 0xFF;

  private byte[] bytes;
  private long bitPosition;
  private int sampleCount;
  private long minTimeMillis;
  private long lastTimeMillis;
  private long lastDeltaMillis;
  private long lastValueBits;
  /** The current XOR window; {@link #NO_WINDOW} until the first non-zero XOR. */
  private int leadingZeros = NO_WINDOW;
  private int trailingZeros;

  public XorEncoder() {
    bytes = new byte[INITIAL_CAPACITY_BYTES];
    bitPosition = XorFormat.HEADER_BYTES * 8L;
  }

  /**
   * Appends one sample. The value is stored bit-exact (every NaN payload, -0.0).
   *
   * @throws IllegalStateException if the chunk already holds {@link XorFormat#MAX_SAMPLES}
   */
  public void append(long timestampMillis, double value) {
    long valueBits = Double.doubleToRawLongBits(value);
    switch (sampleCount) {
      case 0 -> {
        writeVarint(timestampMillis);
        writeBits(valueBits, 64);
        minTimeMillis = timestampMillis;
      }
      case 1 -> {
        long delta = timestampMillis - lastTimeMillis;
        writeUvarint(delta);
        writeValue(valueBits);
        lastDeltaMillis = delta;
      }
      default -> {
        if (sampleCount >= XorFormat.MAX_SAMPLES) {
          throw new IllegalStateException("an XOR chunk holds at most " + XorFormat.MAX_SAMPLES);
        }
        long delta = timestampMillis - lastTimeMillis;
        writeDeltaOfDelta(delta - lastDeltaMillis);
        writeValue(valueBits);
        lastDeltaMillis = delta;
      }
    }
    lastTimeMillis = timestampMillis;
    lastValueBits = valueBits;
    sampleCount++;
    XorFormat.writeSampleCount(bytes, sampleCount);
  }

  public int sampleCount() {
    return sampleCount;
  }

  public long minTimeMillis() {
    return minTimeMillis;
  }

  public long maxTimeMillis() {
    return lastTimeMillis;
  }

  /** The last value appended, bit-exact. */
  public double lastValue() {
    return Double.longBitsToDouble(lastValueBits);
  }

  /** The encoded size so far, in bytes. */
  public int sizeBytes() {
    return (int) ((bitPosition + 7) >>> 3);
  }

  /** The current backing array; valid for decoding {@link #sampleCount()} samples as of now. */
  public byte[] bytes() {
    return bytes;
  }

  /** The bytes allocated for this encoder, for memory accounting. */
  public int capacityBytes() {
    return bytes.length;
  }

  /** An immutable chunk with the samples so far, trimmed to size. The encoder stays usable. */
  public XorChunk toChunk() {
    return new XorChunk(
        Arrays.copyOf(bytes, sizeBytes()), sampleCount, minTimeMillis, lastTimeMillis);
  }

  private void writeDeltaOfDelta(long deltaOfDelta) {
    if (deltaOfDelta == 0) {
      writeBits(0b0, 1);
    } else if (XorFormat.fitsBucket(deltaOfDelta, 14)) {
      writeBits(0b10, 2);
      writeBits(deltaOfDelta, 14);
    } else if (XorFormat.fitsBucket(deltaOfDelta, 17)) {
      writeBits(0b110, 3);
      writeBits(deltaOfDelta, 17);
    } else if (XorFormat.fitsBucket(deltaOfDelta, 20)) {
      writeBits(0b1110, 4);
      writeBits(deltaOfDelta, 20);
    } else {
      writeBits(0b1111, 4);
      writeBits(deltaOfDelta, 64);
    }
  }

  private void writeValue(long valueBits) {
    long xor = valueBits ^ lastValueBits;
    if (xor == 0) {
      writeBits(0b0, 1);
      return;
    }
    int leading = Math.min(Long.numberOfLeadingZeros(xor), 31);
    int trailing = Long.numberOfTrailingZeros(xor);
    if (leadingZeros != NO_WINDOW && leading >= leadingZeros && trailing >= trailingZeros) {
      // Reuse the previous window: '10' then the bits inside it.
      writeBits(0b10, 2);
      writeBits(xor >>> trailingZeros, 64 - leadingZeros - trailingZeros);
      return;
    }
    leadingZeros = leading;
    trailingZeros = trailing;
    int significant = 64 - leading - trailing;
    writeBits(0b11, 2);
    writeBits(leading, 5);
    writeBits(significant & 63, 6); // 64 significant bits are written as 0: 0 never occurs
    writeBits(xor >>> trailing, significant);
  }

  private void writeVarint(long value) {
    writeUvarint((value << 1) ^ (value >> 63));
  }

  private void writeUvarint(long value) {
    while ((value & ~0x7FL) != 0) {
      writeBits((value & 0x7F) | 0x80, 8);
      value >>>= 7;
    }
    writeBits(value, 8);
  }

  /** Writes the low {@code count} bits of {@code value}, most significant first; 1 ≤ count ≤ 64. */
  private void writeBits(long value, int count) {
    long end = bitPosition + count;
    if (end > (long) bytes.length * 8) {
      grow(end);
    }
    int remaining = count;
    while (remaining > 0) {
      int byteIndex = (int) (bitPosition >>> 3);
      int free = 8 - (int) (bitPosition & 7);
      int take = Math.min(free, remaining);
      int chunk = (int) ((value >>> (remaining - take)) & ((1 << take) - 1));
      bytes[byteIndex] |= (byte) (chunk << (free - take));
      remaining -= take;
      bitPosition += take;
    }
  }

  private void grow(long neededBits) {
    int needed = (int) ((neededBits + 7) >>> 3);
    int capacity = Math.max(needed, bytes.length + (bytes.length >>> 1) + 16);
    bytes = Arrays.copyOf(bytes, capacity);
  }
}
