package io.argus.alertmanager.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * Writes and reads a framed state file: {@code magic(4) version(1) payload(n) crc32c(4, big
 * endian)}. The checksum covers magic, version and payload.
 */
public final class SnapshotFile {

  private static final int HEADER_BYTES = 5;
  private static final int FOOTER_BYTES = 4;

  private SnapshotFile() {}

  /**
   * Replaces {@code file} with a new snapshot: writes {@code file.tmp}, forces it to disk, renames
   * it over {@code file} atomically and forces the directory, so readers see the old or the new
   * content and never a torn one.
   */
  public static void writeAtomically(Path file, byte[] magic, int version, byte[] payload)
      throws IOException {
    checkMagic(magic);
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + payload.length + FOOTER_BYTES);
    buffer.put(magic).put((byte) version).put(payload);
    CRC32C crc = new CRC32C();
    crc.update(buffer.array(), 0, buffer.position());
    buffer.putInt((int) crc.getValue());
    buffer.flip();
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = directory.resolve(file.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory(directory);
  }

  /**
   * Reads the payload of {@code file}, checking magic, version and checksum.
   *
   * @throws CorruptSnapshotException naming the file and the expected and found values
   */
  public static byte[] read(Path file, byte[] magic, int version) throws IOException {
    checkMagic(magic);
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < HEADER_BYTES + FOOTER_BYTES) {
      throw new CorruptSnapshotException(file + ": expected at least " + (HEADER_BYTES + FOOTER_BYTES)
          + " bytes, found " + bytes.length);
    }
    byte[] foundMagic = Arrays.copyOf(bytes, 4);
    if (!Arrays.equals(foundMagic, magic)) {
      throw new CorruptSnapshotException(file + ": expected magic " + HexFormat.of().formatHex(magic)
          + ", found " + HexFormat.of().formatHex(foundMagic));
    }
    int foundVersion = bytes[4] & 0xff;
    if (foundVersion != version) {
      throw new CorruptSnapshotException(file + ": expected format version " + version
          + ", found " + foundVersion);
    }
    int checksummed = bytes.length - FOOTER_BYTES;
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, checksummed);
    int expected = ByteBuffer.wrap(bytes, checksummed, FOOTER_BYTES).getInt();
    if ((int) crc.getValue() != expected) {
      throw new CorruptSnapshotException(file + ": checksum mismatch, stored crc32c "
          + Integer.toHexString(expected) + ", computed " + Integer.toHexString((int) crc.getValue()));
    }
    return Arrays.copyOfRange(bytes, HEADER_BYTES, checksummed);
  }

  private static void checkMagic(byte[] magic) {
    if (magic.length != 4) {
      throw new IllegalArgumentException("magic must be 4 bytes, got " + magic.length);
    }
  }

  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot open directories; the rename itself is still atomic there.
    }
  }
}
