package io.argus.alertmanager.alert;

import io.argus.core.label.Labels;

/**
 * Prometheus' label-set fingerprint (64-bit FNV-1a over the UTF-8 bytes of each name and value in
 * name order, each followed by the byte 0xff). Alertmanager shows it as 16 hex digits in the API
 * and in webhook payloads, so computing the same number makes ours interchangeable with its.
 */
public final class Fingerprint {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprint() {}

  public static long of(Labels labels) {
    long hash = OFFSET;
    for (int i = 0; i < labels.size(); i++) {
      hash = add(hash, labels.name(i));
      hash = add(hash, labels.value(i));
    }
    return hash;
  }

  /** The fingerprint as Alertmanager prints it: 16 lower-case hex digits. */
  public static String toHex(long fingerprint) {
    String digits = Long.toHexString(fingerprint);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /** Hashes the UTF-8 encoding of {@code text} without materializing it (this runs per alert). */
  private static long add(long hash, String text) {
    for (int i = 0; i < text.length(); i++) {
      int codePoint = text.charAt(i);
      if (Character.isHighSurrogate((char) codePoint) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        codePoint = Character.toCodePoint((char) codePoint, text.charAt(++i));
      } else if (Character.isSurrogate((char) codePoint)) {
        codePoint = 0xfffd; // an unpaired surrogate: Go decodes it from JSON as U+FFFD
      }
      if (codePoint < 0x80) {
        hash = step(hash, codePoint);
      } else if (codePoint < 0x800) {
        hash = step(step(hash, 0xc0 | codePoint >> 6), 0x80 | codePoint & 0x3f);
      } else if (codePoint < 0x10000) {
        hash = step(step(step(hash, 0xe0 | codePoint >> 12), 0x80 | codePoint >> 6 & 0x3f),
            0x80 | codePoint & 0x3f);
      } else {
        hash = step(step(step(step(hash, 0xf0 | codePoint >> 18), 0x80 | codePoint >> 12 & 0x3f),
            0x80 | codePoint >> 6 & 0x3f), 0x80 | codePoint & 0x3f);
      }
    }
    return step(hash, 0xff);
  }

  private static long step(long hash, int octet) {
    return (hash ^ octet) * PRIME;
  }
}
