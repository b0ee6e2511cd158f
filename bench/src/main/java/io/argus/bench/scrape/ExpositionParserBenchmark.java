package io.argus.bench.scrape;

import io.argus.scrape.exposition.ExpositionEntry;
import io.argus.scrape.exposition.ExpositionParser;
import io.argus.scrape.exposition.OpenMetricsParser;
import io.argus.scrape.exposition.PrometheusTextParser;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parser throughput in samples per second: each invocation parses one payload of exactly
 * {@link ExpositionPayloads#SAMPLES} samples, reading every value and timestamp and the raw series
 * span (what a steady-state scrape with a warm series cache does). Multiply by the bytes per sample
 * printed at setup for MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpositionParserBenchmark {

  @Param({"node", "histogram"})
  public String payload;

  private byte[] text;
  private byte[] openMetrics;

  @Setup(Level.Trial)
  public void setUp() {
    boolean node = payload.equals("node");
    text = node ? ExpositionPayloads.nodeExporterLike(false) : ExpositionPayloads.histogramHeavy(false);
    openMetrics = node ? ExpositionPayloads.nodeExporterLike(true) : ExpositionPayloads.histogramHeavy(true);
    System.out.printf("%n%s payload: text %d bytes (%.1f bytes/sample), OpenMetrics %d bytes (%.1f bytes/sample)%n",
        payload, text.length, text.length / (double) ExpositionPayloads.SAMPLES, openMetrics.length,
        openMetrics.length / (double) ExpositionPayloads.SAMPLES);
  }

  @Benchmark
  @OperationsPerInvocation(ExpositionPayloads.SAMPLES)
  public double prometheusText() {
    return consume(new PrometheusTextParser(text));
  }

  @Benchmark
  @OperationsPerInvocation(ExpositionPayloads.SAMPLES)
  public double openMetrics() {
    return consume(new OpenMetricsParser(openMetrics));
  }

  private static double consume(ExpositionParser parser) {
    double sum = 0;
    for (ExpositionEntry entry = parser.next(); entry != ExpositionEntry.END; entry = parser.next()) {
      if (entry == ExpositionEntry.SERIES) {
        sum += parser.value() + parser.seriesEnd() - parser.seriesStart();
        if (parser.hasTimestamp()) {
          sum += parser.timestampMillis();
        }
      }
    }
    return sum;
  }
}
