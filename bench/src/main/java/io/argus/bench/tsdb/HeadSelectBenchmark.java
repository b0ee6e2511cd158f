package io.argus.bench.tsdb;

import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.head.Head;
import io.argus.tsdb.head.HeadOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading through the querier: select 1,000 of 10,000 head series by a label and decode all their
 * samples (2 h at 15 s = 480 per series, in 4 chunks). The score is samples per second, postings,
 * snapshots and iterator set-up included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeadSelectBenchmark {

  static final int SERIES = 10_000;
  static final int ROUNDS = 480;
  static final int SELECTED = 1_000;

  private Head head;

  @Setup
  public void fill() {
    head = new Head(HeadOptions.defaults());
    long[] refs = new long[SERIES];
    for (int round = 0; round < ROUNDS; round++) {
      Appender appender = head.appender();
      for (int i = 0; i < SERIES; i++) {
        refs[i] = appender.append(refs[i], BenchData.series(i), BenchData.scrapeTime(round, i), BenchData.value(round, i));
      }
      appender.commit();
    }
  }

  @Benchmark
  @OperationsPerInvocation(SELECTED * ROUNDS)
  public double selectAndDecode() {
    double sum = 0;
    try (Querier querier = head.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
      // job_3 and every tenth service: 1,000 series.
      SeriesSet set = querier.select(false, null, Matcher.equal("job", "job_3"), Matcher.regex("service", "service-.*3"));
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
}
