package io.argus.alertmanager.silence;

import io.argus.alertmanager.snapshot.CorruptSnapshotException;
import io.argus.alertmanager.snapshot.SnapshotFile;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a silences snapshot, verifying its frame and the consistency of every record. */
public final class SilenceSnapshotReader {

  private SilenceSnapshotReader() {}

  /**
   * @throws CorruptSnapshotException when the frame or a record is damaged; the file is named
   */
  public static List<Silence> read(Path file) throws IOException {
    byte[] payload = SnapshotFile.read(file, SilenceSnapshotFormat.MAGIC, SilenceSnapshotFormat.VERSION);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int count = in.readInt();
      checkCount(file, count, payload.length, "silence count");
      List<Silence> silences = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String id = readString(in, file);
        long startsAt = in.readLong();
        long endsAt = in.readLong();
        long updatedAt = in.readLong();
        String createdBy = readString(in, file);
        String comment = readString(in, file);
        int matcherCount = in.readInt();
        checkCount(file, matcherCount, payload.length, "matcher count");
        List<Matcher> matchers = new ArrayList<>(matcherCount);
        for (int m = 0; m < matcherCount; m++) {
          int type = in.readUnsignedByte();
          if (type >= MatchType.values().length) {
            throw new CorruptSnapshotException(file + ": silence " + id + " has matcher type " + type
                + ", expected 0 to " + (MatchType.values().length - 1));
          }
          matchers.add(Matcher.of(MatchType.values()[type], readString(in, file), readString(in, file)));
        }
        silences.add(new Silence(id, matchers, startsAt, endsAt, updatedAt, createdBy, comment));
      }
      if (in.available() != 0) {
        throw new CorruptSnapshotException(file + ": " + in.available()
            + " bytes after the last silence, expected none");
      }
      return silences;
    } catch (EOFException e) {
      throw new CorruptSnapshotException(file + ": payload ends in the middle of a silence record");
    }
  }

  private static void checkCount(Path file, int count, int payloadBytes, String what)
      throws CorruptSnapshotException {
    if (count < 0 || count > payloadBytes) {
      throw new CorruptSnapshotException(file + ": " + what + " " + count + " is impossible for a "
          + payloadBytes + "-byte payload");
    }
  }

  private static String readString(DataInputStream in, Path file) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new CorruptSnapshotException(file + ": string length " + length + " exceeds the "
          + in.available() + " remaining bytes");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
