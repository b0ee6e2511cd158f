package io.argus.tsdb.wal;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes record payloads whose checksum already verified. Label strings are de-duplicated through a
 * per-replay table so millions of series records do not leave millions of equal strings behind.
 */
final class RecordDecoder {

  private final Map<String, String> strings = new HashMap<>();
  private byte[] data;
  private int position;
  private int end;

  /**
   * Decodes one payload into {@code handler}.
   *
   * @throws IllegalArgumentException if the payload is malformed (a checksum collision or a writer
   *     bug); the caller reports it as corruption
   */
  void decode(byte type, byte[] payload, int offset, int length, RecordHandler handler) {
    data = payload;
    position = offset;
    end = offset + length;
    switch (type) {
      case WalFormat.SERIES -> decodeSeries(handler);
      case WalFormat.SAMPLES -> decodeSamples(handler);
      case WalFormat.TOMBSTONES -> decodeTombstones(handler);
      default -> throw new IllegalArgumentException("unknown record type " + type);
    }
    if (position != end) {
      throw new IllegalArgumentException(
          "record of type " + type + " has " + (end - position) + " trailing bytes");
    }
  }

  /** Forgets the interned strings (between replays). */
  void clearStrings() {
    strings.clear();
  }

  private void decodeSeries(RecordHandler handler) {
    long count = uvarint();
    for (long i = 0; i < count; i++) {
      int id = (int) uvarint();
      int pairs = (int) uvarint();
      if (pairs < 0 || pairs > (end - position)) {
        throw new IllegalArgumentException("series record claims " + pairs + " labels");
      }
      String[] namesAndValues = new String[2 * pairs];
      for (int j = 0; j < 2 * pairs; j++) {
        namesAndValues[j] = string();
      }
      handler.series(id, Labels.ofSortedUnchecked(namesAndValues));
    }
  }

  private void decodeSamples(RecordHandler handler) {
    long count = uvarint();
    if (count == 0) {
      return;
    }
    long baseId = uvarint();
    long baseTime = varint();
    for (long i = 0; i < count; i++) {
      long id = baseId + varint();
      long t = baseTime + varint();
      handler.sample((int) id, t, fixedLong());
    }
  }

  private void decodeTombstones(RecordHandler handler) {
    long count = uvarint();
    for (long i = 0; i < count; i++) {
      int id = (int) uvarint();
      long min = varint();
      handler.tombstone(id, min, min + varint());
    }
  }

  private String string() {
    int length = (int) uvarint();
    if (length < 0 || length > end - position) {
      throw new IllegalArgumentException("string of " + length + " bytes overruns the record");
    }
    String text = new String(data, position, length, StandardCharsets.UTF_8);
    position += length;
    String existing = strings.putIfAbsent(text, text);
    return existing != null ? existing : text;
  }

  private long varint() {
    long zigzag = uvarint();
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  private long uvarint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= end) {
        throw new IllegalArgumentException("varint overruns the record");
      }
      byte b = data[position++];
      result |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("varint longer than 10 bytes");
  }

  private long fixedLong() {
    if (end - position < 8) {
      throw new IllegalArgumentException("value overruns the record");
    }
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (data[position++] & 0xFFL);
    }
    return value;
  }
}
