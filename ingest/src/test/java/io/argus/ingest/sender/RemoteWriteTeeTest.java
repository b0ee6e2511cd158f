package io.argus.ingest.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.fake.RecordingStorage.Sample;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteWriteTeeTest {

  @Test
  void forwardsOnlyCommittedAcceptedSamples() {
    RecordingStorage storage = new RecordingStorage();
    ScriptedWriteClient client = new ScriptedWriteClient();
    QueueManager queue = new QueueManager(
        new RemoteWriteEndpoint("t", URI.create("http://127.0.0.1:1/"), null, null, null, null,
            QueueConfig.defaults().withBatching(100, Duration.ofHours(1))),
        client, d -> {});
    queue.start();
    RemoteWriteTee tee = new RemoteWriteTee(storage, () -> List.of(queue));
    Labels up = Labels.of("__name__", "up");

    Appender committed = tee.appender();
    committed.append(0, up, 10, 1);
    assertThatThrownBy(() -> committed.append(0, up, 5, 1)).isInstanceOf(OutOfOrderSampleException.class);
    committed.append(0, up, 20, 2);
    committed.commit();

    Appender rolledBack = tee.appender();
    rolledBack.append(0, up, 30, 3);
    rolledBack.rollback();

    storage.failCommits(true);
    Appender failed = tee.appender();
    failed.append(0, up, 40, 4);
    assertThatThrownBy(failed::commit).hasMessageContaining("write-ahead log unavailable");

    queue.stop(Duration.ofSeconds(10));
    assertThat(storage.committed()).extracting(Sample::timestampMillis).containsExactly(10L, 20L);
    assertThat(client.received.committed()).extracting(Sample::timestampMillis).containsExactly(10L, 20L);
  }
}
