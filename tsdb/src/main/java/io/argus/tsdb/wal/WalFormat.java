package io.argus.tsdb.wal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The segment layout (docs/format/wal.md): an 8-byte header (magic "AWAL", version, three zero
 * bytes), then records, each {@code type:u8, length:u32, crc32c:u32, payload}, the checksum covering
 * type, length and payload. Records never span segments. Segments are named by their index as eight
 * decimal digits; a checkpoint is a directory {@code checkpoint.NNNNNNNN} of segments covering every
 * segment up to that index.
 */
public final class WalFormat {

  static final byte[] MAGIC = {'A', 'W', 'A', 'L'};
  static final byte VERSION = 1;
  static final int HEADER_BYTES = 8;
  static final int RECORD_HEADER_BYTES = 9;
  /** Larger lengths are taken as corruption rather than allocated. */
  static final int MAX_RECORD_BYTES = 256 << 20;

  public static final byte SERIES = 1;
  public static final byte SAMPLES = 2;
  public static final byte TOMBSTONES = 3;

  static final String CHECKPOINT_PREFIX = "checkpoint.";

  private WalFormat() {}

  static byte[] segmentHeader() {
    return new byte[] {MAGIC[0], MAGIC[1], MAGIC[2], MAGIC[3], VERSION, 0, 0, 0};
  }

  static String segmentName(int index) {
    return String.format("%08d", index);
  }

  static String checkpointName(int index) {
    return CHECKPOINT_PREFIX + segmentName(index);
  }

  /** The checksum of a record: over the 5 bytes of type and length, then the payload. */
  static int checksum(byte type, int length, byte[] payload, int offset) {
    CRC32C crc = new CRC32C();
    crc.update(type);
    crc.update(length >>> 24);
    crc.update(length >>> 16);
    crc.update(length >>> 8);
    crc.update(length);
    crc.update(payload, offset, length);
    return (int) crc.getValue();
  }

  /** The indexes of the segment files in {@code dir}, ascending. */
  static List<Integer> segmentIndexes(Path dir) throws IOException {
    List<Integer> indexes = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return indexes;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.length() == 8 && name.chars().allMatch(Character::isDigit) && Files.isRegularFile(entry)) {
          indexes.add(Integer.parseInt(name));
        }
      }
    }
    indexes.sort(null);
    return indexes;
  }

  /** The index of the newest complete checkpoint in {@code dir}, or -1. */
  static int lastCheckpoint(Path dir) throws IOException {
    int last = -1;
    if (!Files.isDirectory(dir)) {
      return last;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, CHECKPOINT_PREFIX + "*")) {
      for (Path entry : entries) {
        String suffix = entry.getFileName().toString().substring(CHECKPOINT_PREFIX.length());
        if (suffix.length() == 8 && suffix.chars().allMatch(Character::isDigit) && Files.isDirectory(entry)) {
          last = Math.max(last, Integer.parseInt(suffix));
        }
      }
    }
    return last;
  }
}
