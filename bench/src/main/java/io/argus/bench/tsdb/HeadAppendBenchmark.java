package io.argus.bench.tsdb;

import io.argus.core.storage.Appender;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending into existing series on one thread with the write-ahead log on (default periodic sync):
 * one sample per series per round, committed in batches of 1,000, passing the series ref as a
 * scraper does. Each invocation is one batch; the score is samples per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class HeadAppendBenchmark {

  static final int BATCH = 1_000;

  @Param({"1000000"})
  public int seriesCount;

  private Path directory;
  private Tsdb tsdb;
  private long[] refs;
  private io.argus.core.label.Labels[] labels;
  private int next;
  private int round;

  @Setup(Level.Trial)
  public void open() throws IOException {
    directory = Files.createTempDirectory("argus-append-bench");
    tsdb = Tsdb.open(directory, TsdbOptions.defaults().withTruncationCheckIntervalMillis(0));
    refs = new long[seriesCount];
    labels = new io.argus.core.label.Labels[seriesCount];
    for (int i = 0; i < seriesCount; i++) {
      labels[i] = BenchData.series(i);
    }
    // Create every series first: the benchmark measures appends into existing series.
    for (int start = 0; start < seriesCount; start += BATCH) {
      Appender appender = tsdb.appender();
      for (int i = start; i < Math.min(start + BATCH, seriesCount); i++) {
        refs[i] = appender.append(0, labels[i], BenchData.scrapeTime(0, i), BenchData.value(0, i));
      }
      appender.commit();
    }
    round = 1;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void appendBatch() {
    Appender appender = tsdb.appender();
    int i = next;
    for (int n = 0; n < BATCH; n++) {
      refs[i] = appender.append(refs[i], labels[i], BenchData.scrapeTime(round, i), BenchData.value(round, i));
      if (++i == seriesCount) {
        i = 0;
        round++;
      }
    }
    appender.commit();
    next = i;
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    tsdb.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
