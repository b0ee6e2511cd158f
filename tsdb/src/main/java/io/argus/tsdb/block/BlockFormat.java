package io.argus.tsdb.block;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/** Constants of the block layout (docs/format/block.md), shared by writer and reader. */
final class BlockFormat {

  /** "ARGI": the index file. */
  static final int INDEX_MAGIC = 0x41524749;
  /** "ARGC": a chunk segment file. */
  static final int CHUNKS_MAGIC = 0x41524743;
  static final byte VERSION = 1;
  /** Magic (4), version (1), three reserved zero bytes. */
  static final int HEADER_BYTES = 8;
  /** Six section offsets and the CRC32C over them. */
  static final int TOC_BYTES = 6 * 8 + 4;
  /** A chunk segment is cut before it would grow past this. */
  static final long MAX_SEGMENT_BYTES = 512L * 1024 * 1024;

  static final String META_FILE = "meta.json";
  static final String INDEX_FILE = "index";
  static final String CHUNKS_DIRECTORY = "chunks";
  static final String TEMPORARY_SUFFIX = ".tmp";

  static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  private BlockFormat() {}

  static String segmentName(int segment) {
    return String.format("%06d", segment + 1);
  }

  static long chunkReference(int segment, long offset) {
    return ((long) segment << 32) | offset;
  }

  static int crc32c(MemorySegment file, long from, long to) {
    CRC32C crc = new CRC32C();
    crc.update(file.asSlice(from, to - from).asByteBuffer());
    return (int) crc.getValue();
  }

  static int crc32c(byte[] bytes, int from, int to) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, to - from);
    return (int) crc.getValue();
  }
}
