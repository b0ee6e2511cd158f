package io.argus.scrape.loop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A growable byte buffer that a scrape loop reuses for every response body, so steady-state
 * scrapes do not allocate body-sized arrays. Owned by one loop at a time.
 */
final class ScrapeBody {

  private byte[] bytes = new byte[16 * 1024];
  private int length;

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
  }

  /** Appends; returns false (appending nothing) when the total would pass {@code limitBytes}. */
  boolean append(byte[] source, int offset, int count, long limitBytes) {
    if (limitBytes > 0 && (long) length + count > limitBytes) {
      return false;
    }
    ensureCapacity(length + count);
    System.arraycopy(source, offset, bytes, length, count);
    length += count;
    return true;
  }

  boolean append(java.nio.ByteBuffer source, long limitBytes) {
    int count = source.remaining();
    if (limitBytes > 0 && (long) length + count > limitBytes) {
      return false;
    }
    ensureCapacity(length + count);
    source.get(bytes, length, count);
    length += count;
    return true;
  }

  /**
   * Replaces the contents with the gunzipped form of {@code compressed}.
   *
   * @return false when the decompressed size passes {@code limitBytes}
   * @throws IOException if the data is not gzip
   */
  boolean gunzipFrom(ScrapeBody compressed, long limitBytes) throws IOException {
    clear();
    try (InputStream in = new GZIPInputStream(
        new ByteArrayInputStream(compressed.bytes, 0, compressed.length), 8192)) {
      while (true) {
        ensureCapacity(length + 8192);
        int read = in.read(bytes, length, bytes.length - length);
        if (read < 0) {
          return true;
        }
        length += read;
        if (limitBytes > 0 && length > limitBytes) {
          return false;
        }
      }
    }
  }

  private void ensureCapacity(int capacity) {
    if (capacity > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
    }
  }
}
