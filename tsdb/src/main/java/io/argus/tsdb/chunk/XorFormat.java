package io.argus.tsdb.chunk;

/**
 * Constants of the XOR chunk layout (Prometheus' encoding 1), shared by encoder and decoder. See
 * docs/format/chunks.md for the byte layout.
 */
public final class XorFormat {

  /** The encoding byte Prometheus uses for float XOR chunks. */
  public static final byte ENCODING = 1;

  /** Bytes of the sample-count header. */
  public static final int HEADER_BYTES = 2;

  /** The largest number of samples one chunk can count in its header. */
  public static final int MAX_SAMPLES = 0xFFFF;

  private XorFormat() {}

  static int readSampleCount(byte[] bytes) {
    return ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
  }

  static void writeSampleCount(byte[] bytes, int count) {
    bytes[0] = (byte) (count >>> 8);
    bytes[1] = (byte) count;
  }

  /** Whether a delta-of-delta fits a signed bucket of {@code bits} bits, as Prometheus defines it. */
  static boolean fitsBucket(long value, int bits) {
    return -((1L << (bits - 1)) - 1) <= value && value <= 1L << (bits - 1);
  }
}
