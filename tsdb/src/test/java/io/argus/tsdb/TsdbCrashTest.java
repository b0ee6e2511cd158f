package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM that appends and commits ({@link CrashChild}) with SIGKILL at random
 * moments, 20 times, and checks after each kill that the TSDB opens, that every commit the child
 * acknowledged is there, and that no sample is duplicated or missing in between.
 */
class TsdbCrashTest {

  private static final int KILLS = 20;

  @TempDir Path directory;

  @Test
  void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long acknowledged = -1;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = startChild();
      AtomicLong lastCommitted = new AtomicLong(acknowledged);
      CountDownLatch started = new CountDownLatch(1);
      Thread reader = Thread.ofPlatform().start(() -> readCommits(child, lastCommitted, started));
      // Every fifth kill lands at a random moment of start-up and replay; the others at a random
      // moment after start-up (however long it took), while committing or checkpointing.
      if (kill % 5 == 0) {
        Thread.sleep(random.nextInt(500));
      } else {
        started.await(60, TimeUnit.SECONDS);
        Thread.sleep(50 + random.nextInt(400));
      }
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join();
      acknowledged = Math.max(acknowledged, lastCommitted.get());

      try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
        Map<Labels, List<String>> data = TsdbTestSupport.dump(tsdb);
        long newest = verifyContiguous(data, seed, kill);
        assertThat(newest)
            .as("seed %d, kill %d: newest round on disk vs acknowledged", seed, kill)
            .isGreaterThanOrEqualTo(acknowledged);
        acknowledged = newest; // the next child continues after what is there
      }
    }
    assertThat(acknowledged).as("the children made progress (seed %d)", seed).isGreaterThan(20);
  }

  /** Checks every series holds each round from its first to the newest exactly once. */
  private static long verifyContiguous(Map<Labels, List<String>> data, long seed, int kill) {
    if (data.isEmpty()) {
      return -1;
    }
    assertThat(data).as("seed %d, kill %d", seed, kill).hasSize(CrashChild.SERIES);
    long newest = Long.MIN_VALUE;
    for (int i = 0; i < CrashChild.SERIES; i++) {
      List<String> samples = data.get(CrashChild.series(i));
      assertThat(samples).as("series %d (seed %d, kill %d)", i, seed, kill).isNotEmpty();
      long first = Long.parseLong(samples.get(0).substring(0, samples.get(0).indexOf('='))) / CrashChild.STEP_MILLIS;
      for (int j = 0; j < samples.size(); j++) {
        long round = first + j;
        assertThat(samples.get(j))
            .as("series %d sample %d (seed %d, kill %d)", i, j, seed, kill)
            .isEqualTo(TsdbTestSupport.sample(round * CrashChild.STEP_MILLIS, round + i / 100.0));
      }
      long last = first + samples.size() - 1;
      if (newest == Long.MIN_VALUE) {
        newest = last;
      } else {
        assertThat(last).as("every series has the same newest round (commits are atomic)").isEqualTo(newest);
      }
    }
    return newest;
  }

  private Process startChild() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            directory.toString());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static void readCommits(Process child, AtomicLong lastCommitted, CountDownLatch started) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("started ")) {
          started.countDown();
        } else if (line.startsWith("committed ")) {
          lastCommitted.set(Long.parseLong(line.substring("committed ".length())));
        }
      }
    } catch (java.io.IOException e) {
      // The child died mid-line: what was read before stands.
    }
  }
}
