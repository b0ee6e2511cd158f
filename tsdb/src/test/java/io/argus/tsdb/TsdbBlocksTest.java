package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.block.Block;
import io.argus.tsdb.wal.WalOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Head truncation persists blocks; open loads them; retention deletes them oldest first. */
class TsdbBlocksTest {

  private static final long HOUR = 3_600_000L;
  private static final long RANGE = 2 * HOUR;

  @TempDir Path directory;

  private static TsdbOptions options() {
    return TsdbOptions.defaults()
        .withWal(WalOptions.defaults().withSegmentSizeBytes(64 * 1024))
        .withTruncationCheckIntervalMillis(0);
  }

  /** Appends {@code hours} of 15 s samples for 20 series from time 0; returns what was appended. */
  private static Map<Labels, List<String>> appendHours(Tsdb tsdb, int fromHour, int hours, Map<Labels, List<String>> into) {
    for (long t = fromHour * HOUR; t < (long) (fromHour + hours) * HOUR; t += 15_000) {
      Appender appender = tsdb.appender();
      for (int s = 0; s < 20; s++) {
        Labels labels = Labels.of("__name__", s % 2 == 0 ? "requests_total" : "temperature", "instance", "host-" + s);
        double value = s % 2 == 0 ? t / 15_000.0 : 20 + (t / 15_000 % 7) * 0.5;
        appender.append(0, labels, t, value);
        into.computeIfAbsent(labels, k -> new ArrayList<>()).add(TsdbTestSupport.sample(t, value));
      }
      appender.commit();
    }
    return into;
  }

  private static Map<Labels, List<String>> sorted(Map<Labels, List<String>> map) {
    return new LinkedHashMap<>(new TreeMap<>(map));
  }

  @Test
  void truncationWritesAlignedBlocksAndEverySampleStaysReadableAcrossReopen() {
    Map<Labels, List<String>> expected = new HashMap<>();
    try (Tsdb tsdb = Tsdb.open(directory, options())) {
      appendHours(tsdb, 0, 7, expected);
      tsdb.truncateHead(2 * RANGE);
      assertThat(tsdb.blocks().blocks()).extracting(b -> b.meta().minTimeMillis()).containsExactly(0L, RANGE);
      assertThat(tsdb.blocks().blocks()).extracting(b -> b.meta().maxTimeMillis()).containsExactly(RANGE, 2 * RANGE);
      assertThat(tsdb.blocks().blocks().getFirst().meta().sampleCount()).isEqualTo(20L * 480);
      assertThat(tsdb.head().minTimeMillis()).isEqualTo(2 * RANGE);
      assertThat(TsdbTestSupport.dump(tsdb)).isEqualTo(sorted(expected));
    }
    try (Tsdb reopened = Tsdb.open(directory, options())) {
      assertThat(reopened.blocks().blocks()).hasSize(2);
      assertThat(TsdbTestSupport.dump(reopened)).isEqualTo(sorted(expected));
      appendHours(reopened, 7, 1, expected);
      assertThat(TsdbTestSupport.dump(reopened)).isEqualTo(sorted(expected));
    }
  }

  @Test
  void aCrashBetweenBlockWriteAndCheckpointNeitherLosesNorDuplicates() throws IOException {
    Map<Labels, List<String>> expected = new HashMap<>();
    Path beforeTruncation = directory.resolve("copy");
    Path data = directory.resolve("data");
    try (Tsdb tsdb = Tsdb.open(data, options())) {
      appendHours(tsdb, 0, 5, expected);
    }
    copy(data, beforeTruncation);
    try (Tsdb tsdb = Tsdb.open(data, options())) {
      tsdb.truncateHead(RANGE);
    }
    // The state a crash right after the rename leaves: the new block, and the log not yet checkpointed.
    try (Stream<Path> children = Files.list(data)) {
      for (Path block : children.filter(p -> p.getFileName().toString().length() == 26).toList()) {
        copy(block, beforeTruncation.resolve(block.getFileName()));
      }
    }
    Files.createDirectories(beforeTruncation.resolve("01ZZZZZZZZZZZZZZZZZZZZZZZZ.tmp"));
    try (Tsdb recovered = Tsdb.open(beforeTruncation, options())) {
      assertThat(recovered.blocks().blocks()).hasSize(1);
      assertThat(TsdbTestSupport.dump(recovered)).isEqualTo(sorted(expected));
    }
    assertThat(beforeTruncation.resolve("01ZZZZZZZZZZZZZZZZZZZZZZZZ.tmp")).doesNotExist();
  }

  @Test
  void aCorruptBlockIsMovedAsideAndTheRestIsServed() throws IOException {
    Map<Labels, List<String>> expected = new HashMap<>();
    Path corrupted;
    try (Tsdb tsdb = Tsdb.open(directory, options())) {
      appendHours(tsdb, 0, 7, expected);
      tsdb.truncateHead(2 * RANGE);
      corrupted = tsdb.blocks().blocks().getFirst().directory();
    }
    Files.delete(corrupted.resolve("meta.json"));
    try (Tsdb reopened = Tsdb.open(directory, options())) {
      assertThat(reopened.blocks().blocks()).hasSize(1);
      assertThat(directory.resolve("corrupt").resolve(corrupted.getFileName())).isDirectory();
      Map<String, Double> metrics = collect(reopened);
      assertThat(metrics).containsEntry("argus_tsdb_corrupt_blocks_total", 1.0);
      Map<Labels, List<String>> served = TsdbTestSupport.dump(reopened);
      expected.replaceAll((labels, samples) -> samples.subList(480, samples.size()));
      assertThat(served).isEqualTo(sorted(expected));
    }
  }

  @Test
  void blocksWithATruncatedIndexOrMissingChunksAreQuarantinedAndTheServerStarts() throws IOException {
    Map<Labels, List<String>> expected = new HashMap<>();
    List<Path> damaged;
    try (Tsdb tsdb = Tsdb.open(directory, options())) {
      appendHours(tsdb, 0, 9, expected);
      tsdb.truncateHead(4 * RANGE);
      damaged = tsdb.blocks().blocks().subList(0, 2).stream().map(Block::directory).toList();
    }
    Path index = damaged.get(0).resolve("index");
    Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), (int) Files.size(index) / 2));
    try (Stream<Path> chunks = Files.list(damaged.get(1).resolve("chunks"))) {
      for (Path chunk : chunks.toList()) {
        Files.delete(chunk);
      }
    }
    Files.delete(damaged.get(1).resolve("chunks"));
    try (Tsdb reopened = Tsdb.open(directory, options())) {
      assertThat(reopened.blocks().blocks()).hasSize(2);
      assertThat(collect(reopened)).containsEntry("argus_tsdb_corrupt_blocks_total", 2.0);
      for (Path block : damaged) {
        assertThat(directory.resolve("corrupt").resolve(block.getFileName())).isDirectory();
      }
      expected.replaceAll((labels, samples) -> samples.subList(2 * 480, samples.size()));
      assertThat(TsdbTestSupport.dump(reopened)).isEqualTo(sorted(expected));
    }
  }

  @Test
  void retentionByTimeDeletesWholeBlocksOldestFirst() {
    TsdbOptions options = options().withRetention(5 * HOUR, 0);
    try (Tsdb tsdb = Tsdb.open(directory, options)) {
      appendHours(tsdb, 0, 9, new HashMap<>());
      tsdb.truncateHead(4 * RANGE);
      // The newest sample is at 9 h - 15 s, so the bound is 4 h - 15 s: only [0, 2 h) ends before it;
      // [2 h, 4 h) still holds samples within the retention and stays whole.
      assertThat(tsdb.blocks().blocks()).extracting(b -> b.meta().minTimeMillis())
          .containsExactly(RANGE, 2 * RANGE, 3 * RANGE);
      assertThat(collect(tsdb)).containsEntry("argus_tsdb_time_retentions_total", 1.0);
      try (Querier querier = tsdb.querier(0, Long.MAX_VALUE)) {
        SeriesSet set = querier.select(true, null, Matcher.equal("instance", "host-0"));
        assertThat(set.next()).isTrue();
        var iterator = set.at().iterator(null);
        assertThat(iterator.next()).isTrue();
        assertThat(iterator.timestampMillis()).isEqualTo(RANGE);
      }
    }
  }

  @Test
  void retentionBySizeDeletesExactlyTheOldestBlocksNeededAndNeverTheHead() {
    Map<Labels, List<String>> expected = new HashMap<>();
    long sizeOfTwo;
    try (Tsdb tsdb = Tsdb.open(directory, options().withRetention(0, 0))) {
      appendHours(tsdb, 0, 9, expected);
      tsdb.truncateHead(4 * RANGE);
      List<Block> blocks = tsdb.blocks().blocks();
      assertThat(blocks).hasSize(4);
      sizeOfTwo = blocks.get(2).sizeBytes() + blocks.get(3).sizeBytes();
    }
    try (Tsdb tsdb = Tsdb.open(directory, options().withRetention(0, sizeOfTwo))) {
      assertThat(tsdb.applyRetention()).isEqualTo(2);
      assertThat(tsdb.blocks().blocks()).extracting(b -> b.meta().minTimeMillis()).containsExactly(2 * RANGE, 3 * RANGE);
      assertThat(collect(tsdb)).containsEntry("argus_tsdb_size_retentions_total", 2.0);
      assertThat(tsdb.applyRetention()).isZero();
      expected.replaceAll((labels, samples) -> samples.subList(2 * 480, samples.size()));
      assertThat(TsdbTestSupport.dump(tsdb)).isEqualTo(sorted(expected));
    }
    try (Tsdb tsdb = Tsdb.open(directory, options().withRetention(0, 1))) {
      tsdb.applyRetention();
      assertThat(tsdb.blocks().blocks()).isEmpty();
      // The head is not a block: its hour past 8 h survives any size limit.
      expected.replaceAll((labels, samples) -> samples.subList(2 * 480, samples.size()));
      assertThat(TsdbTestSupport.dump(tsdb)).isEqualTo(sorted(expected));
    }
  }

  @Test
  void aQueryKeepsADeletedBlockReadable() {
    try (Tsdb tsdb = Tsdb.open(directory, options().withRetention(0, 0))) {
      appendHours(tsdb, 0, 5, new HashMap<>());
      tsdb.truncateHead(RANGE);
      Block block = tsdb.blocks().blocks().getFirst();
      try (Querier querier = tsdb.querier(0, RANGE - 1)) {
        Map<String, Double> before = collect(tsdb);
        assertThat(before).containsEntry("argus_tsdb_blocks_loaded", 1.0);
        assertThat(tsdbWithSizeLimitDeletes(tsdb)).isEqualTo(1);
        assertThat(block.directory()).doesNotExist();
        assertThat(block.isMapped()).isTrue();
        SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "temperature"));
        int series = 0;
        while (set.next()) {
          series++;
          var iterator = set.at().iterator(null);
          int samples = 0;
          while (iterator.next()) {
            samples++;
          }
          assertThat(samples).isEqualTo(480);
        }
        assertThat(series).isEqualTo(10);
      }
      assertThat(block.isMapped()).isFalse();
    }
  }

  private static int tsdbWithSizeLimitDeletes(Tsdb tsdb) {
    try {
      return tsdb.blocks().applyRetention(Long.MIN_VALUE, 0, 1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Double> collect(Tsdb tsdb) {
    Map<String, Double> values = new HashMap<>();
    tsdb.metrics().collect(new TsdbMetrics.Visitor() {
      @Override
      public void counter(String name, String help, double value) {
        values.put(name, value);
      }

      @Override
      public void gauge(String name, String help, double value) {
        values.put(name, value);
      }

      @Override
      public void summary(String name, String help, long count, double sum) {}
    });
    return values;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        if (file.getFileName().toString().equals("lock")) {
          continue;
        }
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
