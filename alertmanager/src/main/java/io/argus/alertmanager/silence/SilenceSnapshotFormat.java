package io.argus.alertmanager.silence;

import java.nio.charset.StandardCharsets;

/**
 * The silences snapshot, version 1 (layout in docs/format/alertmanager-snapshots.md): inside the
 * {@code SnapshotFile} frame with magic {@code ASIL}, a count then per silence its id, start, end
 * and update times (epoch ms, int64), created-by, comment and matchers (type byte, name, value).
 * Strings are an int32 byte length then UTF-8; all integers are big endian.
 */
final class SilenceSnapshotFormat {

  static final byte[] MAGIC = "ASIL".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;

  private SilenceSnapshotFormat() {}
}
