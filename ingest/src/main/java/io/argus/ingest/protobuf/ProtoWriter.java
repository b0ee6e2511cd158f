package io.argus.ingest.protobuf;

import java.util.Arrays;

/**
 * A growable protobuf output buffer. Nested messages are written in place between
 * {@link #beginMessage(int)} and {@link #endMessage(int)}: the body is written first and moved
 * right by the size of its length prefix afterwards, so no size pre-pass is needed. Reusable after
 * {@link #reset()}. Not thread-safe.
 */
public final class ProtoWriter {

  private byte[] buffer;
  private int size;

  public ProtoWriter(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  public ProtoWriter() {
    this(1024);
  }

  /** Empties the buffer, keeping its capacity. */
  public void reset() {
    size = 0;
  }

  /** The number of bytes written. */
  public int size() {
    return size;
  }

  /** The internal array; valid up to {@link #size()} until the next write. */
  public byte[] buffer() {
    return buffer;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  public void writeTag(int fieldNumber, int wireType) {
    writeVarint64(WireType.tag(fieldNumber, wireType));
  }

  public void writeVarint64(long value) {
    ensure(10);
    while ((value & ~0x7fL) != 0) {
      buffer[size++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    buffer[size++] = (byte) value;
  }

  public void writeFixed64(long value) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buffer[size++] = (byte) (value >>> (8 * i));
    }
  }

  public void writeFixed32(int value) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      buffer[size++] = (byte) (value >>> (8 * i));
    }
  }

  /** A varint field; proto3 omits zero values, so callers skip defaults themselves if they wish. */
  public void writeVarintField(int fieldNumber, long value) {
    writeTag(fieldNumber, WireType.VARINT);
    writeVarint64(value);
  }

  /** A double field, bit-exact (staleness-marker NaNs survive). */
  public void writeDoubleField(int fieldNumber, double value) {
    writeTag(fieldNumber, WireType.FIXED64);
    writeFixed64(Double.doubleToRawLongBits(value));
  }

  /** A string field in UTF-8. */
  public void writeStringField(int fieldNumber, String value) {
    writeTag(fieldNumber, WireType.LENGTH_DELIMITED);
    int length = value.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      writeVarint64(length);
      ensure(length);
      for (int i = 0; i < length; i++) {
        buffer[size++] = (byte) value.charAt(i);
      }
    } else {
      writeBytes(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** A length-delimited field holding {@code bytes}. */
  public void writeBytesField(int fieldNumber, byte[] bytes) {
    writeTag(fieldNumber, WireType.LENGTH_DELIMITED);
    writeBytes(bytes);
  }

  private void writeBytes(byte[] bytes) {
    writeVarint64(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  /**
   * Starts a nested message field.
   *
   * @return a token to pass to {@link #endMessage(int)}
   */
  public int beginMessage(int fieldNumber) {
    writeTag(fieldNumber, WireType.LENGTH_DELIMITED);
    return size;
  }

  /** Ends the nested message started at {@code token}, inserting its length prefix. */
  public void endMessage(int token) {
    int length = size - token;
    int prefixSize = varintSize(length);
    ensure(prefixSize);
    System.arraycopy(buffer, token, buffer, token + prefixSize, length);
    int end = size + prefixSize;
    size = token;
    writeVarint64(length);
    size = end;
  }

  /** The number of bytes of {@code value} as a varint. */
  public static int varintSize(long value) {
    int bytes = 1;
    while ((value & ~0x7fL) != 0) {
      value >>>= 7;
      bytes++;
    }
    return bytes;
  }

  private void ensure(int extra) {
    if (buffer.length - size < extra) {
      long wanted = Math.max((long) buffer.length * 2, (long) size + extra);
      if (wanted > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("protobuf output over 2 GiB");
      }
      buffer = Arrays.copyOf(buffer, (int) wanted);
    }
  }
}
