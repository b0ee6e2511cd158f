package io.argus.bench.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading persisted blocks: 10,000 series × 6 h at 15 s (BlockSizeLoad's data set) cut into three
 * 2 h blocks, the head left empty; the benchmark selects every series and decodes every sample
 * (14.4M) through the TSDB querier: postings from the mapped index, series entries, chunk checksums
 * and merge across blocks included. The score is samples per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class BlockSelectBenchmark {

  static final int SERIES = 10_000;
  static final int HOURS = 6;
  static final int STEPS = HOURS * 240;

  private Path directory;
  private Tsdb tsdb;

  @Setup(Level.Trial)
  public void fill() throws IOException {
    directory = Files.createTempDirectory("argus-block-select");
    TsdbOptions options = TsdbOptions.defaults().withWalEnabled(false).withTruncationCheckIntervalMillis(0)
        .withRetention(0, 0);
    Labels[] labels = new Labels[SERIES];
    for (int i = 0; i < SERIES; i++) {
      labels[i] = BlockSizeLoad.labels(i);
    }
    double[][] values = BlockSizeLoad.generate(SERIES, STEPS);
    long start = 1_700_006_400_000L;
    try (Tsdb writer = Tsdb.open(directory, options)) {
      long[] refs = new long[SERIES];
      for (int step = 0; step < STEPS; step++) {
        Appender appender = writer.appender();
        for (int s = 0; s < SERIES; s++) {
          refs[s] = appender.append(refs[s], labels[s], start + step * 15_000L, values[s][step]);
        }
        appender.commit();
      }
      writer.truncateHead(start + HOURS * 3_600_000L);
    }
    tsdb = Tsdb.open(directory, options);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    tsdb.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(SERIES * STEPS)
  public double selectAndDecodeAll() {
    double sum = 0;
    try (Querier querier = tsdb.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
      SeriesSet set = querier.select(false, null, Matcher.regex("__name__", ".+"));
      SampleIterator iterator = null;
      while (set.next()) {
        iterator = set.at().iterator(iterator);
        while (iterator.next()) {
          sum += iterator.value();
        }
      }
    }
    return sum;
  }

  @Benchmark
  public List<String> labelValuesOfInstance() {
    try (Querier querier = tsdb.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
      return querier.labelValues("instance");
    }
  }
}
