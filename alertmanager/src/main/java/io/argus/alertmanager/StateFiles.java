package io.argus.alertmanager;

import io.argus.alertmanager.notify.NotificationLog;
import io.argus.alertmanager.notify.NotificationLogSnapshotReader;
import io.argus.alertmanager.notify.NotificationLogSnapshotWriter;
import io.argus.alertmanager.silence.SilenceSnapshotReader;
import io.argus.alertmanager.silence.SilenceSnapshotWriter;
import io.argus.alertmanager.silence.Silences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code silences} and {@code nflog} files in the data directory, named as Alertmanager names
 * its own (the formats are Argus's). Without a data directory, state is kept in memory only.
 */
final class StateFiles {

  static final String SILENCES_FILE = "silences";
  static final String NOTIFICATION_LOG_FILE = "nflog";

  private final Path directory;
  private final Silences silences;
  private final NotificationLog notificationLog;

  StateFiles(Path directory, Silences silences, NotificationLog notificationLog) {
    this.directory = directory;
    this.silences = silences;
    this.notificationLog = notificationLog;
  }

  void load() throws IOException {
    if (directory == null) {
      return;
    }
    Path silencesFile = directory.resolve(SILENCES_FILE);
    if (Files.exists(silencesFile)) {
      silences.replaceAll(SilenceSnapshotReader.read(silencesFile));
    }
    Path logFile = directory.resolve(NOTIFICATION_LOG_FILE);
    if (Files.exists(logFile)) {
      notificationLog.replaceAll(NotificationLogSnapshotReader.read(logFile));
    }
  }

  synchronized void write() throws IOException {
    if (directory == null) {
      return;
    }
    SilenceSnapshotWriter.write(directory.resolve(SILENCES_FILE), silences.list());
    NotificationLogSnapshotWriter.write(directory.resolve(NOTIFICATION_LOG_FILE), notificationLog.entries());
  }
}
