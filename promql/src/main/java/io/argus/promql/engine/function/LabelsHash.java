package io.argus.promql.engine.function;

import io.argus.core.label.Labels;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The 64-bit label-set hash Prometheus' {@code limit_ratio} samples by: XXH64 (seed 0) over, per
 * label in name order, the name's length, the name, the value's length and the value, each length
 * one byte below 255, else 0xFF followed by three little-endian bytes.
 */
public final class LabelsHash {

  private static final long PRIME_1 = 0x9E3779B185EBCA87L;
  private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
  private static final long PRIME_3 = 0x165667B19E3779F9L;
  private static final long PRIME_4 = 0x85EBCA77C2B2AE63L;
  private static final long PRIME_5 = 0x27D4EB2F165667C5L;

  private LabelsHash() {}

  /** The hash as a fraction of 2^64 in [0, 1], as Prometheus computes {@code hash / MaxUint64}. */
  public static double unitInterval(Labels labels) {
    long hash = hash(labels);
    double unsigned = (double) (hash >>> 1) * 2.0 + (hash & 1);
    return unsigned / 18446744073709551615.0;
  }

  public static long hash(Labels labels) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < labels.size(); i++) {
      writeString(bytes, labels.name(i));
      writeString(bytes, labels.value(i));
    }
    return xxh64(bytes.toByteArray());
  }

  private static void writeString(ByteArrayOutputStream out, String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    int length = encoded.length;
    if (length < 255) {
      out.write(length);
    } else {
      out.write(0xFF);
      out.write(length & 0xFF);
      out.write((length >>> 8) & 0xFF);
      out.write((length >>> 16) & 0xFF);
    }
    out.write(encoded, 0, length);
  }

  /** XXH64 with seed 0. */
  static long xxh64(byte[] input) {
    int length = input.length;
    int position = 0;
    long hash;
    if (length >= 32) {
      long v1 = PRIME_1 + PRIME_2;
      long v2 = PRIME_2;
      long v3 = 0;
      long v4 = -PRIME_1;
      int limit = length - 32;
      do {
        v1 = round(v1, readLong(input, position));
        v2 = round(v2, readLong(input, position + 8));
        v3 = round(v3, readLong(input, position + 16));
        v4 = round(v4, readLong(input, position + 24));
        position += 32;
      } while (position <= limit);
      hash =
          Long.rotateLeft(v1, 1)
              + Long.rotateLeft(v2, 7)
              + Long.rotateLeft(v3, 12)
              + Long.rotateLeft(v4, 18);
      hash = mergeRound(hash, v1);
      hash = mergeRound(hash, v2);
      hash = mergeRound(hash, v3);
      hash = mergeRound(hash, v4);
    } else {
      hash = PRIME_5;
    }
    hash += length;
    while (position + 8 <= length) {
      hash ^= round(0, readLong(input, position));
      hash = Long.rotateLeft(hash, 27) * PRIME_1 + PRIME_4;
      position += 8;
    }
    if (position + 4 <= length) {
      hash ^= (readInt(input, position) & 0xFFFFFFFFL) * PRIME_1;
      hash = Long.rotateLeft(hash, 23) * PRIME_2 + PRIME_3;
      position += 4;
    }
    while (position < length) {
      hash ^= (input[position] & 0xFFL) * PRIME_5;
      hash = Long.rotateLeft(hash, 11) * PRIME_1;
      position++;
    }
    hash ^= hash >>> 33;
    hash *= PRIME_2;
    hash ^= hash >>> 29;
    hash *= PRIME_3;
    hash ^= hash >>> 32;
    return hash;
  }

  private static long round(long accumulator, long input) {
    accumulator += input * PRIME_2;
    accumulator = Long.rotateLeft(accumulator, 31);
    return accumulator * PRIME_1;
  }

  private static long mergeRound(long accumulator, long value) {
    accumulator ^= round(0, value);
    return accumulator * PRIME_1 + PRIME_4;
  }

  private static long readLong(byte[] bytes, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xFFL);
    }
    return value;
  }

  private static int readInt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xFF)
        | (bytes[offset + 1] & 0xFF) << 8
        | (bytes[offset + 2] & 0xFF) << 16
        | (bytes[offset + 3] & 0xFF) << 24;
  }
}
