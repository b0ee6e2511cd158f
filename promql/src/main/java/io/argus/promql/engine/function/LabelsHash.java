package io.argus.promql.engine.function;

import io.argus.core.hash.XxHash64;
import io.argus.core.label.Labels;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The 64-bit label-set hash Prometheus' {@code limit_ratio} samples by: XXH64 (seed 0) over, per
 * label in name order, the name's length, the name, the value's length and the value, each length
 * one byte below 255, else 0xFF followed by three little-endian bytes.
 */
public final class LabelsHash {

  private LabelsHash() {}

  /** The hash as a fraction of 2^64 in [0, 1], as Prometheus computes {@code hash / MaxUint64}. */
  public static double unitInterval(Labels labels) {
    long hash = hash(labels);
    double unsigned = (double) (hash >>> 1) * 2.0 + (hash & 1);
    return unsigned / 18446744073709551615.0;
  }

  public static long hash(Labels labels) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < labels.size(); i++) {
      writeString(bytes, labels.name(i));
      writeString(bytes, labels.value(i));
    }
    return XxHash64.hash(bytes.toByteArray());
  }

  private static void writeString(ByteArrayOutputStream out, String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    int length = encoded.length;
    if (length < 255) {
      out.write(length);
    } else {
      out.write(0xFF);
      out.write(length & 0xFF);
      out.write((length >>> 8) & 0xFF);
      out.write((length >>> 16) & 0xFF);
    }
    out.write(encoded, 0, length);
  }
}
