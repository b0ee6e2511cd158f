package io.argus.alertmanager.silence;

import io.argus.alertmanager.snapshot.SnapshotFile;
import io.argus.core.label.Matcher;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes the silences snapshot (version {@value SilenceSnapshotFormat#VERSION}) atomically. */
public final class SilenceSnapshotWriter {

  private SilenceSnapshotWriter() {}

  public static void write(Path file, List<Silence> silences) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(silences.size());
      for (Silence silence : silences) {
        writeString(out, silence.id());
        out.writeLong(silence.startsAtMillis());
        out.writeLong(silence.endsAtMillis());
        out.writeLong(silence.updatedAtMillis());
        writeString(out, silence.createdBy());
        writeString(out, silence.comment());
        out.writeInt(silence.matchers().size());
        for (Matcher matcher : silence.matchers()) {
          out.writeByte(matcher.type().ordinal());
          writeString(out, matcher.name());
          writeString(out, matcher.value());
        }
      }
    }
    SnapshotFile.writeAtomically(file, SilenceSnapshotFormat.MAGIC, SilenceSnapshotFormat.VERSION,
        bytes.toByteArray());
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
