package io.argus.bench.promql;

import io.argus.promql.ast.Expr;
import io.argus.promql.parser.PromqlParser;
import io.argus.promql.printer.PromqlPrinter;
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
 * Parsing (lexing, parsing and type checking) and printing of typical dashboard and rule queries,
 * from a bare selector to a long join. One operation is one query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmark {

  @Param({
    "selector",
    "rate_sum",
    "histogram_quantile",
    "join",
    "subquery",
    "long_rule"
  })
  public String query;

  private String text;
  private Expr parsed;

  @Setup
  public void setUp() {
    text =
        switch (query) {
          case "selector" -> "http_requests_total{job=\"api\",code=~\"5..\"}";
          case "rate_sum" -> "sum by (job) (rate(http_requests_total{job=\"api\"}[5m]))";
          case "histogram_quantile" ->
              "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))";
          case "join" ->
              "sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{image!=\"\"}[5m]))"
                  + " * on (namespace, pod) group_left (node) kube_pod_info{node=~\"worker-.*\"}";
          case "subquery" -> "max_over_time(deriv(rate(x[1m])[30m:1m])[1h:5m] offset 1h)";
          case "long_rule" ->
              "(sum by (job) (rate(errors_total{env=\"prod\"}[5m])) / sum by (job) (rate(requests_total{env=\"prod\"}[5m])))"
                  + " > 0.05 and on (job) (sum by (job) (rate(requests_total{env=\"prod\"}[5m])) > 10)"
                  + " unless on (job) absent(up{job=\"maintenance\"}) or vector(0) * count(up == 0) > bool 3";
          default -> throw new IllegalArgumentException("unknown query " + query);
        };
    parsed = PromqlParser.parseExpr(text);
  }

  @Benchmark
  public Expr parse() {
    return PromqlParser.parseExpr(text);
  }

  @Benchmark
  public String print() {
    return PromqlPrinter.print(parsed);
  }

  @Benchmark
  public String prettify() {
    return PromqlPrinter.prettify(parsed);
  }
}
