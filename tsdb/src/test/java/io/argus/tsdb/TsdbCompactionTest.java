package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.tsdb.block.Block;
import io.argus.tsdb.wal.WalOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Levelled compaction merges adjacent blocks without changing what queries return. */
class TsdbCompactionTest {

  private static final long HOUR = 3_600_000L;

  @TempDir Path directory;

  private static TsdbOptions options() {
    return TsdbOptions.defaults()
        .withWal(WalOptions.defaults().withSegmentSizeBytes(64 * 1024))
        .withTruncationCheckIntervalMillis(0);
  }

  private static Map<Labels, List<String>> fill(Tsdb tsdb, int hours) {
    Map<Labels, List<String>> expected = new TreeMap<>();
    for (long t = 0; t < hours * HOUR; t += 30_000) {
      Appender appender = tsdb.appender();
      for (int s = 0; s < 10; s++) {
        // Series 7 only lives in the first hours, so it exists in some input blocks only.
        if (s == 7 && t > 3 * HOUR) {
          continue;
        }
        Labels labels = Labels.of("__name__", "m", "s", Integer.toString(s));
        appender.append(0, labels, t, t * 0.001 + s);
        expected.computeIfAbsent(labels, k -> new ArrayList<>()).add(TsdbTestSupport.sample(t, t * 0.001 + s));
      }
      appender.commit();
    }
    return new LinkedHashMap<>(expected);
  }

  @Test
  void compactsThreeTwoHourBlocksIntoOneOfSixHours() throws IOException {
    Map<Labels, List<String>> expected;
    List<Path> inputs;
    try (Tsdb tsdb = Tsdb.open(directory, options())) {
      expected = fill(tsdb, 9);
      tsdb.truncateHead(8 * HOUR);
      assertThat(tsdb.blocks().blocks()).hasSize(4);
      inputs = tsdb.blocks().blocks().subList(0, 3).stream().map(Block::directory).toList();
      // Keep copies of the inputs, to replay a crash between rename and deletion below.
      for (Path input : inputs) {
        copyTree(input, directory.resolve("saved").resolve(input.getFileName()));
      }
      assertThat(tsdb.compact()).isEqualTo(1);
      List<Block> blocks = tsdb.blocks().blocks();
      assertThat(blocks).extracting(b -> b.meta().minTimeMillis()).containsExactly(0L, 6 * HOUR);
      assertThat(blocks).extracting(b -> b.meta().maxTimeMillis()).containsExactly(6 * HOUR, 8 * HOUR);
      assertThat(blocks.getFirst().meta().compactionLevel()).isEqualTo(2);
      assertThat(blocks.getFirst().meta().sources()).hasSize(3);
      assertThat(blocks.getFirst().meta().seriesCount()).isEqualTo(10);
      assertThat(inputs).allSatisfy(input -> assertThat(input).doesNotExist());
      assertThat(tsdb.compact()).isZero();
      assertThat(TsdbTestSupport.dump(tsdb)).isEqualTo(expected);
    }
    // A crash after the new block was renamed into place but before the inputs were deleted.
    for (Path input : inputs) {
      Files.move(directory.resolve("saved").resolve(input.getFileName()), input);
    }
    try (Tsdb reopened = Tsdb.open(directory, options())) {
      assertThat(reopened.blocks().blocks()).hasSize(2);
      assertThat(inputs).allSatisfy(input -> assertThat(input).doesNotExist());
      assertThat(TsdbTestSupport.dump(reopened)).isEqualTo(expected);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
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
