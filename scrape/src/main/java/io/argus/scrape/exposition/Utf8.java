package io.argus.scrape.exposition;

/** Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), as Go's utf8.Valid. */
final class Utf8 {

  private Utf8() {}

  /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
  static boolean isValid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int minimum;
      int codePoint;
      if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
        minimum = 0x80;
        codePoint = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        minimum = 0x800;
        codePoint = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        minimum = 0x10000;
        codePoint = b & 0x07;
      } else {
        return false;
      }
      if (i + length > to) {
        return false;
      }
      for (int k = 1; k < length; k++) {
        int continuation = bytes[i + k] & 0xff;
        if ((continuation & 0xc0) != 0x80) {
          return false;
        }
        codePoint = (codePoint << 6) | (continuation & 0x3f);
      }
      if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        return false;
      }
      i += length;
    }
    return true;
  }
}
