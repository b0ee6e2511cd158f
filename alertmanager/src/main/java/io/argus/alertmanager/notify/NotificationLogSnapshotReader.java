package io.argus.alertmanager.notify;

import io.argus.alertmanager.snapshot.CorruptSnapshotException;
import io.argus.alertmanager.snapshot.SnapshotFile;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a notification log snapshot written by {@link NotificationLogSnapshotWriter}. */
public final class NotificationLogSnapshotReader {

  private NotificationLogSnapshotReader() {}

  /** @throws CorruptSnapshotException when the frame or a record is damaged; the file is named */
  public static List<Map.Entry<NotificationLog.Key, NotificationLog.Entry>> read(Path file)
      throws IOException {
    byte[] payload = SnapshotFile.read(file, NotificationLogSnapshotWriter.MAGIC,
        NotificationLogSnapshotWriter.VERSION);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int count = checkedCount(in, file, "entry count");
      List<Map.Entry<NotificationLog.Key, NotificationLog.Entry>> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        NotificationLog.Key key = new NotificationLog.Key(
            readString(in, file), readString(in, file), readString(in, file), in.readInt());
        long[] firing = readFingerprints(in, file);
        long[] resolved = readFingerprints(in, file);
        NotificationLog.Entry entry =
            new NotificationLog.Entry(firing, resolved, in.readLong(), in.readLong());
        entries.add(Map.entry(key, entry));
      }
      if (in.available() != 0) {
        throw new CorruptSnapshotException(file + ": " + in.available()
            + " bytes after the last entry, expected none");
      }
      return entries;
    } catch (EOFException e) {
      throw new CorruptSnapshotException(file + ": payload ends in the middle of an entry");
    }
  }

  private static long[] readFingerprints(DataInputStream in, Path file) throws IOException {
    int count = checkedCount(in, file, "fingerprint count");
    long[] fingerprints = new long[count];
    for (int i = 0; i < count; i++) {
      fingerprints[i] = in.readLong();
    }
    return fingerprints;
  }

  private static int checkedCount(DataInputStream in, Path file, String what) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new CorruptSnapshotException(file + ": " + what + " " + count + " exceeds the "
          + in.available() + " remaining bytes");
    }
    return count;
  }

  private static String readString(DataInputStream in, Path file) throws IOException {
    int length = checkedCount(in, file, "string length");
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
