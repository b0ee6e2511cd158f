package io.argus.tsdb;

import static io.argus.tsdb.TsdbTestSupport.dump;
import static io.argus.tsdb.TsdbTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StaleMarker;
import io.argus.core.storage.StorageException;
import io.argus.tsdb.wal.WalCorruption;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsdbWalTest {

  @TempDir Path directory;

  private static Labels series(int i) {
    return Labels.of("__name__", "metric_" + (i % 3), "instance", "host-" + i, "job", "node");
  }

  /** Commits {@code rounds} rounds of one sample for each of {@code seriesCount} series. */
  private static void fill(Tsdb tsdb, int seriesCount, int fromRound, int rounds) {
    for (int round = fromRound; round < fromRound + rounds; round++) {
      Appender appender = tsdb.appender();
      for (int i = 0; i < seriesCount; i++) {
        appender.append(0, series(i), 15_000L * round, round * 1.5 + i);
      }
      appender.commit();
    }
  }

  @Test
  void replaysEverythingCommittedBitExactAndNothingElse() {
    Map<Labels, List<String>> before;
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      fill(tsdb, 50, 0, 200); // several 16 KiB segments
      Appender appender = tsdb.appender();
      appender.append(0, Labels.of("__name__", "stale"), 1_000, StaleMarker.STALE_NAN);
      appender.append(0, Labels.of("__name__", "stale"), 2_000, -0.0);
      appender.commit();
      Appender discarded = tsdb.appender();
      discarded.append(0, Labels.of("__name__", "rolled_back"), 1_000, 1);
      discarded.rollback();
      before = dump(tsdb);
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      assertThat(tsdb.replayResult().corruptions()).isEmpty();
      Map<Labels, List<String>> after = dump(tsdb);
      assertThat(after).isEqualTo(before);
      assertThat(after.get(Labels.of("__name__", "stale")))
          .containsExactly(sample(1_000, StaleMarker.STALE_NAN), sample(2_000, -0.0));
      assertThat(after).doesNotContainKey(Labels.of("__name__", "rolled_back"));
      // Appends continue after replay, with refs and order rules intact.
      Appender appender = tsdb.appender();
      assertThatThrownBy(() -> appender.append(0, series(1), 15_000L * 199 - 1, 0))
          .hasMessageStartingWith("out of order sample");
      appender.append(0, series(1), 15_000L * 200, 7);
      appender.commit();
    }
  }

  @Test
  void aTornLastRecordIsReportedTruncatedAndEverythingBeforeItKept() throws IOException {
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions().withWal(
        io.argus.tsdb.wal.WalOptions.defaults().withSegmentSizeBytes(1 << 20)))) {
      fill(tsdb, 10, 0, 20);
    }
    Path segment = lastSegment();
    long size = Files.size(segment);
    try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
      file.setLength(size - 5); // cut into the last record (round 19)
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      List<WalCorruption> corruptions = tsdb.replayResult().corruptions();
      assertThat(corruptions).hasSize(1);
      assertThat(corruptions.get(0).path()).isEqualTo(segment);
      assertThat(corruptions.get(0).reason()).contains("torn");
      assertThat(corruptions.get(0).offset()).isLessThan(size - 5).isPositive();
      assertThat(tsdb.metrics().wal().corruptionsTotal()).isEqualTo(1);
      Map<Labels, List<String>> data = dump(tsdb);
      assertThat(data.get(series(3))).hasSize(19).last().isEqualTo(sample(15_000L * 18, 18 * 1.5 + 3));
      assertThat(Files.size(segment)).isEqualTo(corruptions.get(0).offset());
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      assertThat(tsdb.replayResult().corruptions()).as("repaired on the first replay").isEmpty();
      assertThat(dump(tsdb).get(series(3))).hasSize(19);
    }
  }

  @Test
  void aFlippedBitIsDetectedByChecksumAndLaterSegmentsStillReplay() throws IOException {
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      fill(tsdb, 50, 0, 200);
    }
    List<Path> segments = segments();
    assertThat(segments.size()).isGreaterThan(2);
    Path damaged = segments.get(0);
    long size = Files.size(damaged);
    long flipAt = size / 2;
    try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
      file.seek(flipAt);
      int b = file.read();
      file.seek(flipAt);
      file.write(b ^ 0x10);
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      List<WalCorruption> corruptions = tsdb.replayResult().corruptions();
      assertThat(corruptions).hasSize(1);
      assertThat(corruptions.get(0).path()).isEqualTo(damaged);
      assertThat(corruptions.get(0).reason()).contains("checksum mismatch");
      assertThat(corruptions.get(0).offset()).isLessThanOrEqualTo(flipAt);
      List<String> samples = dump(tsdb).get(series(7));
      // The rounds before the damaged record and every round of later segments are there.
      assertThat(samples).contains(sample(0, 7)).contains(sample(15_000L * 199, 199 * 1.5 + 7));
      assertThat(samples.size()).isLessThan(200);
    }
  }

  @Test
  void groupCommitLogsEveryConcurrentCommit() throws Exception {
    int threads = 8;
    int commitsPerThread = 200;
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int worker = w;
        workers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        start.await();
                      } catch (InterruptedException e) {
                        return;
                      }
                      for (int c = 0; c < commitsPerThread; c++) {
                        Appender appender = tsdb.appender();
                        appender.append(0, Labels.of("__name__", "w", "worker", "" + worker), c, c);
                        appender.commit();
                      }
                    }));
      }
      start.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      assertThat(tsdb.metrics().wal().commitsTotal()).isEqualTo(threads * commitsPerThread);
      assertThat(tsdb.metrics().wal().groupWritesTotal()).isLessThanOrEqualTo(threads * commitsPerThread);
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      Map<Labels, List<String>> data = dump(tsdb);
      assertThat(data).hasSize(threads);
      data.values().forEach(samples -> assertThat(samples).hasSize(commitsPerThread));
    }
  }

  @Test
  void truncationCheckpointsLiveSeriesAndDeletesOldSegments() throws IOException {
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      fill(tsdb, 50, 0, 100);
      Appender appender = tsdb.appender();
      appender.append(0, Labels.of("__name__", "gone"), 1_000, 1);
      appender.commit();
      int segmentsBefore = segments().size();
      assertThat(segmentsBefore).isGreaterThan(1);
      tsdb.truncateHead(15_000L * 60);
      assertThat(segments()).as("the fresh segment holds no record yet").isEmpty();
      try (Stream<Path> files = Files.list(directory.resolve("wal"))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder(
                String.format("%08d", segmentsBefore), String.format("checkpoint.%08d", segmentsBefore - 1));
      }
      assertThat(Files.isDirectory(directory.resolve("wal").resolve(String.format("checkpoint.%08d", segmentsBefore - 1))))
          .isTrue();
      assertThat(tsdb.metrics().wal().checkpointCreationsTotal()).isEqualTo(1);
      fill(tsdb, 50, 100, 10);
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      Map<Labels, List<String>> data = dump(tsdb);
      // "gone" left the head and the log, but its chunk was persisted as a block first.
      assertThat(data).containsEntry(Labels.of("__name__", "gone"), List.of(sample(1_000, 1))).hasSize(51);
      assertThat(tsdb.head().seriesCount()).isEqualTo(50);
      List<String> samples = data.get(series(5));
      // The chunk of 110 samples straddles the bound, so the head keeps it whole and the checkpoint
      // keeps all of its samples, those before the bound included.
      assertThat(samples).contains(sample(15_000L * 109, 109 * 1.5 + 5));
      assertThat(samples.get(0)).isEqualTo(sample(0, 5));
      assertThat(samples).hasSize(110);
    }
  }

  @Test
  void refusesASecondOpenOfTheSameDirectory() {
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      assertThatThrownBy(() -> Tsdb.open(directory, TsdbTestSupport.testOptions()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("in use");
    }
  }

  private Path lastSegment() throws IOException {
    List<Path> all = segments();
    return all.get(all.size() - 1);
  }

  private List<Path> segments() throws IOException {
    try (Stream<Path> files = Files.list(directory.resolve("wal"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d{8}"))
          .filter(p -> {
            try {
              return Files.size(p) > 8;
            } catch (IOException e) {
              return false;
            }
          })
          .sorted()
          .toList();
    }
  }
}
