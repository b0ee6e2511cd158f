package io.argus.ingest.protobuf;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over protobuf bytes in an array. Decoders drive it field by field, so a message is read
 * without creating an object per field or per repeated element. Nested messages are entered with
 * {@link #enter(int)} and left with {@link #leave(int)}, which bound reads to the nested length.
 * Every violation of the wire format throws a {@link WireFormatException} naming the offset. Not
 * thread-safe; the array is not copied and must not change while it is read.
 */
public final class ProtoReader {

  private final byte[] buffer;
  private int position;
  private int limit;

  public ProtoReader(byte[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new IllegalArgumentException(
          "range [" + offset + ", " + (offset + length) + ") is outside an array of " + buffer.length);
    }
    this.buffer = buffer;
    this.position = offset;
    this.limit = offset + length;
  }

  public ProtoReader(byte[] buffer) {
    this(buffer, 0, buffer.length);
  }

  /** The array read from. */
  public byte[] buffer() {
    return buffer;
  }

  /** The offset of the next byte to read. */
  public int position() {
    return position;
  }

  /** Moves to {@code newPosition}, which must lie within the current message. */
  public void seek(int newPosition) {
    if (newPosition < 0 || newPosition > limit) {
      throw new IllegalArgumentException("position " + newPosition + " is outside the current message ending at " + limit);
    }
    position = newPosition;
  }

  /** Whether bytes remain before the current limit (the end of the current message). */
  public boolean hasRemaining() {
    return position < limit;
  }

  /**
   * Reads a field tag and checks it: field number at least 1, a wire type protobuf defines, no
   * groups (proto3 messages have none).
   *
   * @return the tag; field number is {@code tag >>> 3}, wire type {@code tag & 7}
   */
  public int readTag() {
    int start = position;
    long tag = readVarint64();
    int wireType = (int) (tag & 7);
    if (tag >>> 3 == 0 || tag >>> 3 > 0x1fffffff) {
      throw new WireFormatException("expected a field number from 1 to 2^29-1, found " + (tag >>> 3) + " at byte offset " + start);
    }
    if (wireType == WireType.START_GROUP || wireType == WireType.END_GROUP || wireType > WireType.FIXED32) {
      throw new WireFormatException("expected a protobuf wire type 0, 1, 2 or 5, found " + wireType + " at byte offset " + start);
    }
    return (int) tag;
  }

  /** Reads a base-128 varint of up to ten bytes. */
  public long readVarint64() {
    int start = position;
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= limit) {
        throw truncated("a varint", start);
      }
      byte b = buffer[position++];
      result |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return result;
      }
    }
    throw new WireFormatException("expected a varint of at most 10 bytes, found a longer one at byte offset " + start);
  }

  /** Reads a varint that must fit an unsigned 32-bit value, as uint32 fields and references do. */
  public int readUint32() {
    int start = position;
    long value = readVarint64();
    if (value < 0 || value > 0xffffffffL) {
      throw new WireFormatException("expected a uint32 varint, found " + Long.toUnsignedString(value) + " at byte offset " + start);
    }
    return (int) value;
  }

  /** Reads a little-endian 64-bit value. */
  public long readFixed64() {
    if (limit - position < 8) {
      throw truncated("8 bytes of a fixed64", position);
    }
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (buffer[position + i] & 0xffL);
    }
    position += 8;
    return value;
  }

  /** Reads a little-endian 32-bit value. */
  public int readFixed32() {
    if (limit - position < 4) {
      throw truncated("4 bytes of a fixed32", position);
    }
    int value = (buffer[position] & 0xff)
        | (buffer[position + 1] & 0xff) << 8
        | (buffer[position + 2] & 0xff) << 16
        | (buffer[position + 3] & 0xff) << 24;
    position += 4;
    return value;
  }

  /** Reads a double (wire type fixed64), keeping every NaN bit pattern (staleness markers). */
  public double readDouble() {
    return Double.longBitsToDouble(readFixed64());
  }

  /** Reads the length prefix of a length-delimited field and checks it fits the current message. */
  public int readLength() {
    int start = position;
    long length = readVarint64();
    if (length < 0 || length > limit - position) {
      throw new WireFormatException(
          "expected a length of at most " + (limit - position) + " bytes (the rest of the message), found " + length + " at byte offset " + start);
    }
    return (int) length;
  }

  /**
   * Reads a length prefix and bounds further reads to that many bytes.
   *
   * @return the enclosing limit, to pass to {@link #leave(int)}
   */
  public int enter() {
    int length = readLength();
    int enclosing = limit;
    limit = position + length;
    return enclosing;
  }

  /** Bounds reads to the next {@code length} bytes (already read prefix); see {@link #enter()}. */
  public int enter(int length) {
    if (length < 0 || length > limit - position) {
      throw truncated(length + " bytes", position);
    }
    int enclosing = limit;
    limit = position + length;
    return enclosing;
  }

  /** Leaves a nested message: skips what was not read of it and restores the enclosing limit. */
  public void leave(int enclosingLimit) {
    position = limit;
    limit = enclosingLimit;
  }

  /** Reads a length-delimited UTF-8 string, refusing bytes that are not valid UTF-8. */
  public String readString() {
    int length = readLength();
    int start = position;
    position += length;
    return decodeUtf8(buffer, start, length);
  }

  /** Skips the value of a field of the given wire type. */
  public void skip(int wireType) {
    switch (wireType) {
      case WireType.VARINT -> readVarint64();
      case WireType.FIXED64 -> advance(8);
      case WireType.LENGTH_DELIMITED -> advance(readLength());
      case WireType.FIXED32 -> advance(4);
      default -> throw new WireFormatException("cannot skip a field of wire type " + wireType + " at byte offset " + position);
    }
  }

  /** Checks a field's wire type is the one its declaration implies. */
  public void expectWireType(int tag, int expectedWireType, String fieldName) {
    if ((tag & 7) != expectedWireType) {
      throw new WireFormatException(
          "expected wire type " + expectedWireType + " for field " + fieldName + " (number " + (tag >>> 3) + "), found " + (tag & 7) + " before byte offset " + position);
    }
  }

  private void advance(int count) {
    if (count > limit - position) {
      throw truncated(count + " bytes", position);
    }
    position += count;
  }

  private WireFormatException truncated(String what, int at) {
    return new WireFormatException("expected " + what + " at byte offset " + at + ", found the end of the message at " + limit);
  }

  /** Decodes UTF-8, with a fast path for ASCII, and refuses malformed sequences. */
  public static String decodeUtf8(byte[] bytes, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] < 0) {
        return decodeNonAscii(bytes, offset, length);
      }
    }
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static String decodeNonAscii(byte[] bytes, int offset, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new WireFormatException("expected a valid UTF-8 string at byte offset " + offset + ", found malformed bytes", e);
    }
  }
}
