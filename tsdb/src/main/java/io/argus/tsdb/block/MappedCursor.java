package io.argus.tsdb.block;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;

/**
 * Reads the block layout's big-endian and varint values from a mapped file, turning a read past the
 * end into a {@link CorruptBlockException} that names the file and offset. Not thread-safe.
 */
final class MappedCursor {

  private final MemorySegment file;
  private final Path path;
  private long position;

  MappedCursor(MemorySegment file, Path path, long position) {
    this.file = file;
    this.path = path;
    this.position = position;
  }

  long position() {
    return position;
  }

  void position(long newPosition) {
    position = newPosition;
  }

  private void require(long bytes) {
    if (position < 0 || position + bytes > file.byteSize()) {
      throw new CorruptBlockException(
          path, position, "expected " + bytes + " more bytes, the file has " + file.byteSize());
    }
  }

  int readByte() {
    require(1);
    return file.get(ValueLayout.JAVA_BYTE, position++) & 0xFF;
  }

  int readInt() {
    require(4);
    int value = file.get(BlockFormat.INT, position);
    position += 4;
    return value;
  }

  long readLong() {
    require(8);
    long value = file.get(BlockFormat.LONG, position);
    position += 8;
    return value;
  }

  long readUvarint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new CorruptBlockException(path, position, "a varint longer than 10 bytes");
  }

  int readUvarintInt() {
    long value = readUvarint();
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw new CorruptBlockException(path, position, "expected a count or id below 2^31, found " + value);
    }
    return (int) value;
  }

  /** A count of items of at least one byte each: never more than the bytes left, so a damaged count cannot allocate wildly. */
  int readCount() {
    long before = position;
    int count = readUvarintInt();
    if (count > file.byteSize() - position) {
      throw new CorruptBlockException(path, before, "a count of " + count + " items exceeds the "
          + (file.byteSize() - position) + " bytes left");
    }
    return count;
  }

  long readVarint() {
    long zigzag = readUvarint();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  byte[] readBytes(int length) {
    require(length);
    byte[] bytes = new byte[length];
    MemorySegment.copy(file, ValueLayout.JAVA_BYTE, position, bytes, 0, length);
    position += length;
    return bytes;
  }

  /** Reads the CRC32C stored at the cursor and checks it against the bytes from {@code from} to here. */
  void verifyCrc32c(long from, String what) {
    long end = position;
    int stored = readInt();
    int actual = BlockFormat.crc32c(file, from, end);
    if (stored != actual) {
      throw new CorruptBlockException(
          path,
          from,
          "checksum mismatch in " + what + ": stored " + Integer.toHexString(stored) + ", computed "
              + Integer.toHexString(actual));
    }
  }

  /** Checks the magic and version at the start of the file. */
  static void verifyHeader(MemorySegment file, Path path, int magic) {
    if (file.byteSize() < BlockFormat.HEADER_BYTES) {
      throw new CorruptBlockException(path, 0, "expected a header of " + BlockFormat.HEADER_BYTES
          + " bytes, the file has " + file.byteSize());
    }
    int found = file.get(BlockFormat.INT, 0);
    if (found != magic) {
      throw new CorruptBlockException(path, 0, "expected magic " + Integer.toHexString(magic) + ", found "
          + Integer.toHexString(found));
    }
    byte version = file.get(ValueLayout.JAVA_BYTE, 4);
    if (version != BlockFormat.VERSION) {
      throw new CorruptBlockException(path, 4, "expected format version " + BlockFormat.VERSION + ", found " + version);
    }
    for (int offset = 5; offset < BlockFormat.HEADER_BYTES; offset++) {
      if (file.get(ValueLayout.JAVA_BYTE, offset) != 0) {
        throw new CorruptBlockException(path, offset, "expected a reserved zero byte");
      }
    }
  }
}
