package io.argus.core.hash;

/**
 * xxHash64 with seed 0, the hash of Prometheus' {@code labels.Hash}. Wherever Prometheus derives a
 * decision from that hash (a rule group's evaluation offset, {@code limit_ratio}'s sampling), using
 * the same function makes Argus decide the same way.
 */
public final class XxHash64 {

  private static final long PRIME1 = 0x9E3779B185EBCA87L;
  private static final long PRIME2 = 0xC2B2AE3D27D4EB4FL;
  private static final long PRIME3 = 0x165667B19E3779F9L;
  private static final long PRIME4 = 0x85EBCA77C2B2AE63L;
  private static final long PRIME5 = 0x27D4EB2F165667C5L;

  private XxHash64() {}

  /** The xxHash64 (seed 0) of {@code input}. */
  public static long hash(byte[] input) {
    int length = input.length;
    int offset = 0;
    long h;
    if (length >= 32) {
      long v1 = PRIME1 + PRIME2;
      long v2 = PRIME2;
      long v3 = 0;
      long v4 = -PRIME1;
      int limit = length - 32;
      do {
        v1 = round(v1, readLong(input, offset));
        v2 = round(v2, readLong(input, offset + 8));
        v3 = round(v3, readLong(input, offset + 16));
        v4 = round(v4, readLong(input, offset + 24));
        offset += 32;
      } while (offset <= limit);
      h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
      h = mergeRound(h, v1);
      h = mergeRound(h, v2);
      h = mergeRound(h, v3);
      h = mergeRound(h, v4);
    } else {
      h = PRIME5;
    }
    h += length;
    while (offset + 8 <= length) {
      h ^= round(0, readLong(input, offset));
      h = Long.rotateLeft(h, 27) * PRIME1 + PRIME4;
      offset += 8;
    }
    if (offset + 4 <= length) {
      h ^= (readInt(input, offset) & 0xFFFFFFFFL) * PRIME1;
      h = Long.rotateLeft(h, 23) * PRIME2 + PRIME3;
      offset += 4;
    }
    while (offset < length) {
      h ^= (input[offset] & 0xFFL) * PRIME5;
      h = Long.rotateLeft(h, 11) * PRIME1;
      offset++;
    }
    h ^= h >>> 33;
    h *= PRIME2;
    h ^= h >>> 29;
    h *= PRIME3;
    h ^= h >>> 32;
    return h;
  }

  private static long round(long accumulator, long input) {
    accumulator += input * PRIME2;
    accumulator = Long.rotateLeft(accumulator, 31);
    return accumulator * PRIME1;
  }

  private static long mergeRound(long accumulator, long value) {
    accumulator ^= round(0, value);
    return accumulator * PRIME1 + PRIME4;
  }

  private static long readLong(byte[] bytes, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xFFL);
    }
    return value;
  }

  private static int readInt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16
        | (bytes[offset + 3] & 0xFF) << 24;
  }
}
