package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per storage, the series a sender keeps sending: the hash of a series' raw label bytes
 * (protocol 1.0 sends the same bytes for the same series in every request) leads to its validated
 * {@link Labels} and its storage reference. A hit is verified by comparing the raw bytes with the
 * cached labels character by character, so a hash collision costs a miss, never a wrong series; a
 * hit skips string decoding, sorting, validation, hashing and the storage's series lookup. Bounded:
 * when full, it is emptied and refills with the series still being sent. Thread-safe.
 */
final class SeriesCache {

  /** A cached series. The reference is updated by whichever request appended last. */
  static final class Entry {
    final Labels labels;
    volatile long ref;

    Entry(Labels labels) {
      this.labels = labels;
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;

  SeriesCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  Entry get(long hash) {
    return entries.get(hash);
  }

  void put(long hash, Entry entry) {
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(hash, entry);
  }

  int size() {
    return entries.size();
  }

  /** A 64-bit hash of {@code bytes[from, to)}, eight bytes at a time. */
  static long hash(byte[] bytes, int from, int to) {
    long h = 0x9E3779B97F4A7C15L ^ (to - from);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = mix(h ^ (long) LONGS.get(bytes, i));
    }
    long tail = 0;
    for (int shift = 0; i < to; i++, shift += 8) {
      tail |= (bytes[i] & 0xffL) << shift;
    }
    return mix(h ^ tail);
  }

  private static long mix(long h) {
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }

  /** Whether the UTF-8 bytes {@code bytes[offset, offset + length)} spell {@code text}. */
  static boolean spells(byte[] bytes, int offset, int length, String text) {
    if (length == text.length()) {
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        byte b = bytes[offset + i];
        if (b < 0) {
          ascii = false;
          break;
        }
        if (b != text.charAt(i)) {
          return false;
        }
      }
      if (ascii) {
        return true;
      }
    }
    return new String(bytes, offset, length, StandardCharsets.UTF_8).equals(text);
  }
}
