package io.argus.promql.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects the contents of a quoted PromQL string. Go strings are bytes, so {@code \xNN} and octal
 * escapes add raw bytes; when any were added, the bytes are decoded as UTF-8 at the end and every
 * byte that is not part of a valid sequence becomes the lone surrogate {@code U+DC00 + byte} (see
 * {@link io.argus.promql.ast.StringLiteral}). Without byte escapes the characters are kept as they
 * are, which is the common, cheap case.
 */
final class StringDecoder {

  private final StringBuilder characters = new StringBuilder();
  private ByteArrayOutputStream bytes;

  void appendCodePoint(int codePoint) {
    if (bytes == null) {
      characters.appendCodePoint(codePoint);
    } else {
      bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
    }
  }

  void appendByte(int value) {
    if (bytes == null) {
      bytes = new ByteArrayOutputStream();
      bytes.writeBytes(characters.toString().getBytes(StandardCharsets.UTF_8));
    }
    bytes.write(value);
  }

  @Override
  public String toString() {
    return bytes == null ? characters.toString() : decode(bytes.toByteArray());
  }

  /** UTF-8 decoding that keeps invalid bytes as surrogate escapes instead of replacing them. */
  static String decode(byte[] data) {
    StringBuilder out = new StringBuilder(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xFF;
      int length;
      int minimum;
      int codePoint;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        minimum = 0x80;
        codePoint = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        minimum = 0x800;
        codePoint = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        minimum = 0x10000;
        codePoint = b & 0x07;
      } else {
        out.append((char) (0xDC00 + b));
        i++;
        continue;
      }
      boolean valid = i + length <= data.length;
      for (int k = 1; valid && k < length; k++) {
        int continuation = data[i + k] & 0xFF;
        if ((continuation & 0xC0) != 0x80) {
          valid = false;
        } else {
          codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
      }
      if (valid && codePoint >= minimum && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF)) {
        out.appendCodePoint(codePoint);
        i += length;
      } else {
        out.append((char) (0xDC00 + b));
        i++;
      }
    }
    return out.toString();
  }
}
