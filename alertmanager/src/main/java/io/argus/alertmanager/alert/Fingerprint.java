package io.argus.alertmanager.alert;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;

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

  private static long add(long hash, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= PRIME;
    }
    hash ^= 0xff;
    hash *= PRIME;
    return hash;
  }
}
