package io.argus.bench.promql;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.Functions;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.promql.engine.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Typical dashboard queries against {@code series} counter series, {@code series / 10} histogram
 * bucket series and {@code series} gauges, 6 hours at a 15 s scrape interval. Instant queries run
 * at the end of the data; range queries cover the last hour at a 1 minute step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class EngineBenchmark {

  private static final PositionRange AT = PositionRange.NONE;
  private static final long SCRAPE_INTERVAL_MILLIS = 15_000;
  private static final long DURATION_MILLIS = 6 * 3_600_000L;

  @Param({"1000"})
  public int series;

  private ArrayQueryable queryable;
  private Engine engine;
  private long endMillis;
  private Expr sumRate;
  private Expr histogramQuantile;
  private Expr averageOverTime;

  @Setup
  public void setUp() {
    int points = (int) (DURATION_MILLIS / SCRAPE_INTERVAL_MILLIS) + 1;
    long[] timestamps = new long[points];
    for (int i = 0; i < points; i++) {
      timestamps[i] = i * SCRAPE_INTERVAL_MILLIS;
    }
    endMillis = timestamps[points - 1];
    Random random = new Random(42);
    List<Labels> labels = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    String[] bounds = {"0.005", "0.01", "0.05", "0.1", "0.5", "1", "5", "10", "50", "+Inf"};
    for (int s = 0; s < series; s++) {
      String job = "job" + (s % 10);
      String instance = "instance" + s;
      labels.add(Labels.of("__name__", "http_requests_total", "job", job, "instance", instance));
      values.add(counter(random, points));
      labels.add(Labels.of("__name__", "memory_bytes", "job", job, "instance", instance));
      values.add(gauge(random, points));
    }
    for (int s = 0; s < series / 10; s++) {
      double[] base = counter(random, points);
      for (int b = 0; b < bounds.length; b++) {
        double[] cumulative = new double[points];
        for (int i = 0; i < points; i++) {
          cumulative[i] = base[i] * (b + 1) / bounds.length;
        }
        labels.add(
            Labels.of(
                "__name__", "latency_seconds_bucket", "instance", "instance" + s, "le", bounds[b]));
        values.add(cumulative);
      }
    }
    queryable = new ArrayQueryable(labels, timestamps, values);
    engine = new Engine(EngineOptions.defaults());
    sumRate =
        new AggregateExpr(
            AggregationOperator.SUM,
            call("rate", range("http_requests_total", 300_000)),
            null,
            List.of("job"),
            false,
            AT);
    histogramQuantile =
        call(
            "histogram_quantile",
            new NumberLiteral(0.99, AT),
            new AggregateExpr(
                AggregationOperator.SUM,
                call("rate", range("latency_seconds_bucket", 300_000)),
                null,
                List.of("le"),
                false,
                AT));
    averageOverTime = call("avg_over_time", range("memory_bytes", 3_600_000));
  }

  private static double[] counter(Random random, int points) {
    double[] values = new double[points];
    double value = 0;
    for (int i = 0; i < points; i++) {
      value += random.nextInt(100);
      values[i] = value;
    }
    return values;
  }

  private static double[] gauge(Random random, int points) {
    double[] values = new double[points];
    for (int i = 0; i < points; i++) {
      values[i] = random.nextGaussian() * 1000 + 1e6;
    }
    return values;
  }

  private static MatrixSelector range(String name, long rangeMillis) {
    VectorSelector selector =
        new VectorSelector(name, List.of(Matcher.equal("__name__", name)), 0, AtModifier.NONE, AT);
    return new MatrixSelector(selector, rangeMillis, AT);
  }

  private static Call call(String function, Expr... arguments) {
    return new Call(Functions.lookup(function), List.of(arguments), AT);
  }

  @Benchmark
  public QueryResult sumByJobRateInstant() {
    return engine.instantQuery(queryable, sumRate, endMillis);
  }

  @Benchmark
  public QueryResult sumByJobRateRange() {
    return engine.rangeQuery(queryable, sumRate, endMillis - 3_600_000, endMillis, 60_000);
  }

  @Benchmark
  public QueryResult histogramQuantileInstant() {
    return engine.instantQuery(queryable, histogramQuantile, endMillis);
  }

  @Benchmark
  public QueryResult histogramQuantileRange() {
    return engine.rangeQuery(queryable, histogramQuantile, endMillis - 3_600_000, endMillis, 60_000);
  }

  @Benchmark
  public QueryResult averageOverTimeInstant() {
    return engine.instantQuery(queryable, averageOverTime, endMillis);
  }

  @Benchmark
  public QueryResult averageOverTimeRange() {
    return engine.rangeQuery(queryable, averageOverTime, endMillis - 3_600_000, endMillis, 60_000);
  }
}
