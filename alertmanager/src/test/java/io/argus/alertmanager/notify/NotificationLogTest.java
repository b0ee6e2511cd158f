package io.argus.alertmanager.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.ManualClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationLogTest {

  private final ManualClock clock = new ManualClock(1_000_000);
  private final NotificationLog.Key key = new NotificationLog.Key("{}:{a=\"1\"}", "r", "webhook", 0);

  @Test
  void entriesExpireAfterTheRetention() {
    NotificationLog log = new NotificationLog(clock, 10_000);
    log.log(key, new long[] {3, 1}, new long[] {2}, clock.millis());
    NotificationLog.Entry entry = log.get(key);
    assertThat(entry.firingFingerprints()).containsExactly(1, 3);
    assertThat(entry.firingContainsAll(new long[] {3})).isTrue();
    assertThat(entry.firingContainsAll(new long[] {2})).isFalse();
    assertThat(entry.resolvedContainsAll(new long[] {2})).isTrue();
    clock.advanceMillis(10_000);
    assertThat(log.get(key)).isNull();
    assertThat(log.collectGarbage()).isEqualTo(1);
  }

  @Test
  void snapshotRoundTripsEntries(@TempDir Path directory) throws IOException {
    NotificationLog log = new NotificationLog(clock, 10_000);
    log.log(key, new long[] {Long.MIN_VALUE, 7}, new long[0], clock.millis());
    log.log(new NotificationLog.Key("g2", "r2", "webhook", 1), new long[0], new long[] {9}, clock.millis() - 5);
    Path file = directory.resolve("nflog");
    NotificationLogSnapshotWriter.write(file, log.entries());

    NotificationLog restored = new NotificationLog(clock, 10_000);
    List<Map.Entry<NotificationLog.Key, NotificationLog.Entry>> read = NotificationLogSnapshotReader.read(file);
    restored.replaceAll(read);
    assertThat(restored.entries()).hasSize(2);
    NotificationLog.Entry entry = restored.get(key);
    assertThat(entry.firingFingerprints()).containsExactly(Long.MIN_VALUE, 7);
    assertThat(entry.timestampMillis()).isEqualTo(clock.millis());
    assertThat(entry.expiresAtMillis()).isEqualTo(clock.millis() + 10_000);
  }
}
