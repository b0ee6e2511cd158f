package io.argus.alertmanager.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.alertmanager.snapshot.CorruptSnapshotException;
import io.argus.core.label.Matcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilenceSnapshotTest {

  @TempDir Path directory;

  private static final List<Silence> SILENCES = List.of(
      new Silence("a", List.of(Matcher.equal("job", "api"), Matcher.notRegex("env", "dev|test")),
          1_000, 2_000, 1_500, "alice", "ünïcode comment"),
      new Silence("b", List.of(Matcher.notEqual("x", "")), 3_000, 4_000, 3_000, "", ""));

  @Test
  void roundTripsEveryField() throws IOException {
    Path file = directory.resolve("silences");
    SilenceSnapshotWriter.write(file, SILENCES);
    assertThat(SilenceSnapshotReader.read(file)).isEqualTo(SILENCES);
    assertThat(Files.exists(directory.resolve("silences.tmp"))).isFalse();
  }

  @Test
  void emptySnapshotRoundTrips() throws IOException {
    Path file = directory.resolve("silences");
    SilenceSnapshotWriter.write(file, List.of());
    assertThat(SilenceSnapshotReader.read(file)).isEmpty();
  }

  @Test
  void everyFlippedByteIsDetected() throws IOException {
    Path file = directory.resolve("silences");
    SilenceSnapshotWriter.write(file, SILENCES);
    byte[] original = Files.readAllBytes(file);
    for (int i = 0; i < original.length; i++) {
      byte[] damaged = original.clone();
      damaged[i] ^= 0x40;
      Files.write(file, damaged);
      assertThatThrownBy(() -> SilenceSnapshotReader.read(file))
          .as("byte %d", i)
          .isInstanceOf(CorruptSnapshotException.class)
          .hasMessageStartingWith(file.toString());
    }
  }

  @Test
  void truncatedFileIsCorruptNotACrash() throws IOException {
    Path file = directory.resolve("silences");
    SilenceSnapshotWriter.write(file, SILENCES);
    byte[] original = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(original, original.length - 7));
    assertThatThrownBy(() -> SilenceSnapshotReader.read(file)).isInstanceOf(CorruptSnapshotException.class);
    Files.write(file, new byte[3]);
    assertThatThrownBy(() -> SilenceSnapshotReader.read(file))
        .isInstanceOf(CorruptSnapshotException.class).hasMessageContaining("expected at least 9 bytes");
  }

  @Test
  void wrongVersionIsNamed() throws IOException {
    Path file = directory.resolve("silences");
    SilenceSnapshotWriter.write(file, SILENCES);
    byte[] bytes = Files.readAllBytes(file);
    bytes[4] = 2;
    Files.write(file, bytes);
    assertThatThrownBy(() -> SilenceSnapshotReader.read(file))
        .hasMessageContaining("expected format version 1, found 2");
  }
}
