package io.argus.tsdb.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads one segment's records in order and verifies each checksum. Stops at the clean end of the
 * file or at the first record that is torn (the file ends inside it) or corrupt (bad header, absurd
 * length, checksum mismatch), remembering where and why so the caller can report and repair it.
 */
final class SegmentReader implements AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private byte[] buffer = new byte[1 << 20];
  private int start;
  private int end;
  private long bufferFileOffset;
  private boolean endOfFile;

  private byte type;
  private int payloadOffset;
  private int length;
  private long recordOffset;
  private String problem;
  private long problemOffset = -1;

  SegmentReader(Path path) throws IOException {
    this.path = path;
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    if (!fill(WalFormat.HEADER_BYTES)) {
      if (end - start > 0) {
        fail(0, "segment header torn: " + (end - start) + " of " + WalFormat.HEADER_BYTES + " bytes");
      }
      return;
    }
    for (int i = 0; i < WalFormat.MAGIC.length; i++) {
      if (buffer[start + i] != WalFormat.MAGIC[i]) {
        fail(0, "not a write-ahead log segment: bad magic");
        return;
      }
    }
    if (buffer[start + 4] != WalFormat.VERSION) {
      fail(0, "unsupported segment version " + buffer[start + 4] + ", expected " + WalFormat.VERSION);
      return;
    }
    start += WalFormat.HEADER_BYTES;
  }

  /** Advances to the next valid record; false at the end or at a problem ({@link #problem()}). */
  boolean next() throws IOException {
    if (problem != null) {
      return false;
    }
    long offset = bufferFileOffset + start;
    if (!fill(WalFormat.RECORD_HEADER_BYTES)) {
      if (end - start > 0) {
        fail(offset, "record header torn: the segment ends after " + (end - start) + " bytes");
      }
      return false;
    }
    byte recordType = buffer[start];
    int recordLength = readInt(start + 1);
    int expectedChecksum = readInt(start + 5);
    if (recordType < WalFormat.SERIES || recordType > WalFormat.TOMBSTONES) {
      fail(offset, "unknown record type " + recordType);
      return false;
    }
    if (recordLength < 0 || recordLength > WalFormat.MAX_RECORD_BYTES) {
      fail(offset, "implausible record length " + Integer.toUnsignedString(recordLength));
      return false;
    }
    if (!fill(WalFormat.RECORD_HEADER_BYTES + recordLength)) {
      fail(offset, "record torn: " + (end - start - WalFormat.RECORD_HEADER_BYTES)
          + " of " + recordLength + " payload bytes present");
      return false;
    }
    int payloadStart = start + WalFormat.RECORD_HEADER_BYTES;
    int actualChecksum = WalFormat.checksum(recordType, recordLength, buffer, payloadStart);
    if (actualChecksum != expectedChecksum) {
      fail(offset, String.format("checksum mismatch: expected %08x, found %08x", expectedChecksum, actualChecksum));
      return false;
    }
    type = recordType;
    payloadOffset = payloadStart;
    length = recordLength;
    recordOffset = offset;
    start = payloadStart + recordLength;
    return true;
  }

  byte type() {
    return type;
  }

  byte[] buffer() {
    return buffer;
  }

  int payloadOffset() {
    return payloadOffset;
  }

  int length() {
    return length;
  }

  long recordOffset() {
    return recordOffset;
  }

  Path path() {
    return path;
  }

  /** Why reading stopped early, or null after a clean end. */
  String problem() {
    return problem;
  }

  /** The file offset of the first byte not trusted, or -1. */
  long problemOffset() {
    return problemOffset;
  }

  /** Marks the current record as undecodable despite its checksum. */
  void failCurrent(String reason) {
    fail(recordOffset, reason);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void fail(long offset, String reason) {
    problem = reason;
    problemOffset = offset;
  }

  /** Ensures {@code count} bytes are buffered from {@code start}; false if the file ends first. */
  private boolean fill(int count) throws IOException {
    if (end - start >= count) {
      return true;
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      bufferFileOffset += start;
      end -= start;
      start = 0;
    }
    if (count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(count, buffer.length * 2));
    }
    while (end < count && !endOfFile) {
      int read = channel.read(ByteBuffer.wrap(buffer, end, buffer.length - end));
      if (read < 0) {
        endOfFile = true;
      } else {
        end += read;
      }
    }
    return end - start >= count;
  }

  private int readInt(int at) {
    return ((buffer[at] & 0xFF) << 24)
        | ((buffer[at + 1] & 0xFF) << 16)
        | ((buffer[at + 2] & 0xFF) << 8)
        | (buffer[at + 3] & 0xFF);
  }
}
