package io.argus.bench.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbOptions;
import io.argus.tsdb.head.HeadStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command-line load for the head: creates {@code --series} series of ten labels, appends
 * {@code --rounds} rounds of one sample per series at 15 s (one thread, batches of 1,000, the
 * write-ahead log on), then reports append throughput into existing series, heap and resident memory
 * per series, and the time a reopen takes to replay the log.
 *
 * <pre>java -Xmx16g -cp bench/target/benchmarks.jar io.argus.bench.tsdb.HeadLoad --series 1000000 --rounds 120 --dir /tmp/argus-load</pre>
 */
public final class HeadLoad {

  private static final int BATCH = 1_000;

  private HeadLoad() {}

  public static void main(String[] args) throws IOException {
    int seriesCount = Integer.parseInt(option(args, "--series", "1000000"));
    int rounds = Integer.parseInt(option(args, "--rounds", "120"));
    Path directory = Path.of(option(args, "--dir", "/tmp/argus-head-load"));
    if (Files.exists(directory.resolve("wal"))) {
      throw new IllegalArgumentException(directory + " already holds a TSDB: pass an empty --dir");
    }
    TsdbOptions options = TsdbOptions.defaults().withTruncationCheckIntervalMillis(0);
    Labels[] labels = new Labels[seriesCount];
    for (int i = 0; i < seriesCount; i++) {
      labels[i] = BenchData.series(i);
    }
    long[] refs = new long[seriesCount];
    try (Tsdb tsdb = Tsdb.open(directory, options)) {
      Clock clock = new Clock();
      appendRound(tsdb, labels, refs, 0);
      clock.report("created " + String.format("%,d", seriesCount) + " series", seriesCount, "series");
      for (int round = 1; round < rounds; round++) {
        appendRound(tsdb, labels, refs, round);
      }
      clock.report("appended into existing series", (long) seriesCount * (rounds - 1), "samples");
      labels = null; // only the head's own copy of the labels stays reachable
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      HeadStats stats = tsdb.stats(5);
      System.out.printf(
          "heap after GC: %,d bytes = %.0f bytes/series (%,d series, %,d chunks); resident: %s%n",
          heap, (double) heap / seriesCount, stats.seriesCount(), stats.chunkCount(), residentMemory());
      System.out.printf(
          "head accounting: labels %,d B, chunks %,d B, index %,d B%n",
          stats.labelsMemoryBytes(), stats.chunksMemoryBytes(), stats.indexMemoryBytes());
    }
    Clock clock = new Clock();
    try (Tsdb tsdb = Tsdb.open(directory, options)) {
      clock.report(
          "reopened: replayed " + String.format("%,d", tsdb.head().seriesCount()) + " series",
          tsdb.metrics().head().samplesAppendedTotal(),
          "samples");
    }
  }

  /**
   * Wall-clock, main-thread CPU and process CPU time since the last report: on a shared machine the
   * CPU rates say what the code costs, the wall-clock rate what this run got.
   */
  private static final class Clock {
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean system =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wall = System.nanoTime();
    private long thread = threads.getCurrentThreadCpuTime();
    private long process = system.getProcessCpuTime();

    void report(String what, long count, String unit) {
      long nowWall = System.nanoTime();
      long nowThread = threads.getCurrentThreadCpuTime();
      long nowProcess = system.getProcessCpuTime();
      double wallSeconds = (nowWall - wall) / 1e9;
      double threadSeconds = (nowThread - thread) / 1e9;
      double processSeconds = (nowProcess - process) / 1e9;
      System.out.printf(
          "%s: %,d %s in %.1f s wall (%,.0f/s), %.1f s main-thread CPU (%,.0f/s), %.1f s process CPU (%,.0f/s)%n",
          what, count, unit, wallSeconds, count / wallSeconds, threadSeconds, count / threadSeconds,
          processSeconds, count / processSeconds);
      wall = nowWall;
      thread = nowThread;
      process = nowProcess;
    }
  }

  private static void appendRound(Tsdb tsdb, Labels[] labels, long[] refs, int round) {
    for (int start = 0; start < labels.length; start += BATCH) {
      Appender appender = tsdb.appender();
      int end = Math.min(start + BATCH, labels.length);
      for (int i = start; i < end; i++) {
        refs[i] = appender.append(refs[i], labels[i], BenchData.scrapeTime(round, i), BenchData.value(round, i));
      }
      appender.commit();
    }
  }

  private static String residentMemory() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return line.substring("VmRSS:".length()).trim();
      }
    }
    return "unknown";
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
