package io.argus.alertmanager.notify;

import io.argus.alertmanager.snapshot.SnapshotFile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the notification log snapshot, version 1: inside the {@code SnapshotFile} frame with
 * magic {@code ANFL}, a count then per entry the group key, receiver, integration (strings: int32
 * length then UTF-8), the integration index (int32), the firing and resolved fingerprints (int32
 * count then int64 each), the timestamp and the expiry (epoch ms, int64). Big endian.
 */
public final class NotificationLogSnapshotWriter {

  static final byte[] MAGIC = "ANFL".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;

  private NotificationLogSnapshotWriter() {}

  public static void write(Path file, List<Map.Entry<NotificationLog.Key, NotificationLog.Entry>> entries)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(entries.size());
      for (Map.Entry<NotificationLog.Key, NotificationLog.Entry> item : entries) {
        NotificationLog.Key key = item.getKey();
        NotificationLog.Entry entry = item.getValue();
        writeString(out, key.groupKey());
        writeString(out, key.receiver());
        writeString(out, key.integration());
        out.writeInt(key.index());
        writeFingerprints(out, entry.firingFingerprints());
        writeFingerprints(out, entry.resolvedFingerprints());
        out.writeLong(entry.timestampMillis());
        out.writeLong(entry.expiresAtMillis());
      }
    }
    SnapshotFile.writeAtomically(file, MAGIC, VERSION, bytes.toByteArray());
  }

  private static void writeFingerprints(DataOutputStream out, long[] fingerprints) throws IOException {
    out.writeInt(fingerprints.length);
    for (long fingerprint : fingerprints) {
      out.writeLong(fingerprint);
    }
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
