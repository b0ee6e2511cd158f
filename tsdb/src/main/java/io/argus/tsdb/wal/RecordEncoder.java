package io.argus.tsdb.wal;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes records into one reusable growing buffer, framed and checksummed, ready to be written
 * as is. Not thread-safe: each committing thread uses its own.
 */
public final class RecordEncoder {

  private byte[] buffer = new byte[4096];
  private int size;
  private int recordStart = -1;

  /** Empties the buffer for the next batch. */
  public void reset() {
    size = 0;
    recordStart = -1;
  }

  /** The encoded bytes; valid up to {@link #size()} until the next call. */
  public byte[] buffer() {
    return buffer;
  }

  public int size() {
    return size;
  }

  /** Appends a series record for {@code count} series. */
  public void series(int[] ids, Labels[] labels, int count) {
    begin(WalFormat.SERIES);
    putUvarint(count);
    for (int i = 0; i < count; i++) {
      putUvarint(ids[i] & 0xFFFFFFFFL);
      Labels set = labels[i];
      putUvarint(set.size());
      for (int j = 0; j < set.size(); j++) {
        putString(set.name(j));
        putString(set.value(j));
      }
    }
    end();
  }

  /** Appends a samples record: ids and times as deltas from the first, values as raw bits. */
  public void samples(int[] ids, long[] timestampsMillis, long[] valueBits, int count) {
    begin(WalFormat.SAMPLES);
    putUvarint(count);
    if (count > 0) {
      long baseId = ids[0] & 0xFFFFFFFFL;
      long baseTime = timestampsMillis[0];
      putUvarint(baseId);
      putVarint(baseTime);
      ensure(count * 28);
      for (int i = 0; i < count; i++) {
        putVarint((ids[i] & 0xFFFFFFFFL) - baseId);
        putVarint(timestampsMillis[i] - baseTime);
        putLong(valueBits[i]);
      }
    }
    end();
  }

  /** Appends a tombstones record: per series, a deleted time interval (inclusive). */
  public void tombstones(int[] ids, long[] minTimesMillis, long[] maxTimesMillis, int count) {
    begin(WalFormat.TOMBSTONES);
    putUvarint(count);
    for (int i = 0; i < count; i++) {
      putUvarint(ids[i] & 0xFFFFFFFFL);
      putVarint(minTimesMillis[i]);
      putVarint(maxTimesMillis[i] - minTimesMillis[i]);
    }
    end();
  }

  /** Appends an already framed record (type and payload), re-framing it; used by checkpoints. */
  void raw(byte type, byte[] payload, int offset, int length) {
    begin(type);
    ensure(length);
    System.arraycopy(payload, offset, buffer, size, length);
    size += length;
    end();
  }

  private void begin(byte type) {
    ensure(WalFormat.RECORD_HEADER_BYTES);
    recordStart = size;
    buffer[size] = type;
    size += WalFormat.RECORD_HEADER_BYTES;
  }

  private void end() {
    int payloadStart = recordStart + WalFormat.RECORD_HEADER_BYTES;
    int length = size - payloadStart;
    byte type = buffer[recordStart];
    writeInt(recordStart + 1, length);
    writeInt(recordStart + 5, WalFormat.checksum(type, length, buffer, payloadStart));
    recordStart = -1;
  }

  private void putString(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    putUvarint(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  private void putVarint(long value) {
    putUvarint((value << 1) ^ (value >> 63));
  }

  private void putUvarint(long value) {
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      buffer[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buffer[size++] = (byte) value;
  }

  private void putLong(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
  }

  private void writeInt(int at, int value) {
    buffer[at] = (byte) (value >>> 24);
    buffer[at + 1] = (byte) (value >>> 16);
    buffer[at + 2] = (byte) (value >>> 8);
    buffer[at + 3] = (byte) value;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
    }
  }
}
