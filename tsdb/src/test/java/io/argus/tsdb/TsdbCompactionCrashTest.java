package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM that compacts four 2 h blocks ({@link CompactionCrashChild}) with SIGKILL at
 * random moments, 10 times, each from the same starting blocks; after each kill the TSDB opens,
 * returns exactly the original samples (nothing lost, nothing doubled) and shows no partial block.
 */
class TsdbCompactionCrashTest {

  private static final long HOUR = 3_600_000L;
  private static final int KILLS = 10;

  @TempDir Path directory;

  @Test
  void aKilledCompactionLeavesTheOldBlocksOrTheNewOneNeverBoth() throws Exception {
    Path template = directory.resolve("template");
    Map<Labels, List<String>> expected = new TreeMap<>();
    try (Tsdb tsdb = Tsdb.open(template, TsdbTestSupport.testOptions().withWalEnabled(false))) {
      for (long t = 0; t < 9 * HOUR; t += 15_000) {
        Appender appender = tsdb.appender();
        for (int s = 0; s < 300; s++) {
          Labels labels = Labels.of("__name__", "m", "s", Integer.toString(s));
          appender.append(0, labels, t, t / 15_000 + s);
          expected.computeIfAbsent(labels, k -> new ArrayList<>()).add(TsdbTestSupport.sample(t, t / 15_000 + s));
        }
        appender.commit();
      }
      tsdb.truncateHead(8 * HOUR);
    }
    // The head's last hour lived only in memory (no log): what stays on disk is the blocks.
    expected.replaceAll((labels, samples) -> samples.subList(0, 8 * 240));
    Map<Labels, List<String>> onDisk = new LinkedHashMap<>(expected);
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int sawOld = 0;
    int sawNew = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path data = directory.resolve("data-" + kill);
      copyTree(template, data);
      Process child = startChild(data);
      Thread.sleep(random.nextInt(1_500));
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Tsdb reopened = Tsdb.open(data, TsdbTestSupport.testOptions().withWalEnabled(false))) {
        int blocks = reopened.blocks().blocks().size();
        assertThat(blocks).as("seed %d, kill %d", seed, kill).isIn(2, 4);
        if (blocks == 4) {
          sawOld++;
        } else {
          sawNew++;
        }
        assertThat(TsdbTestSupport.dump(reopened)).as("seed %d, kill %d", seed, kill).isEqualTo(onDisk);
      }
      try (Stream<Path> children = Files.list(data)) {
        assertThat(children.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
      }
    }
    System.out.printf("compaction crash test (seed %d): %d kills found the input blocks, %d the compacted one%n",
        seed, sawOld, sawNew);
    assertThat(sawOld + sawNew).isEqualTo(KILLS);
  }

  private static Process startChild(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), CompactionCrashChild.class.getName(), data.toString());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static void copyTree(Path from, Path to) throws IOException {
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
