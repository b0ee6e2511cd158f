package io.argus.bench.rules;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.rules.evaluation.GroupOptions;
import io.argus.rules.evaluation.NotifyFunction;
import io.argus.rules.evaluation.QueryFunction;
import io.argus.rules.evaluation.RuleGroup;
import io.argus.rules.file.AlertingRuleConfig;
import io.argus.rules.file.RecordingRuleConfig;
import io.argus.rules.file.RuleConfig;
import io.argus.rules.file.RuleGroupConfig;
import io.argus.tsdb.head.Head;
import io.argus.tsdb.head.HeadOptions;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Sample;
import io.argus.promql.engine.Vector;
import io.argus.rules.evaluation.Rule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * One evaluation round of 10 groups × 100 rules over 100,000 counter series ({@code
 * http_requests_total}, 100 jobs × 1,000 instances, 15 s scrapes over 10 minutes). Each rule reads
 * the 1,000 series of one job over 5 minutes: even rules record {@code sum by (job) (rate(…))},
 * odd rules alert on {@code rate(…) > 6.5} (2 % of instances fire) with a templated annotation. The
 * round re-evaluates at the same time, so its writes are duplicates the head accepts cheaply.
 *
 * <p>{@code query=engine} runs the real PromQL engine over the head (the whole stack); {@code
 * query=precomputed} answers each rule with the vector the engine would return, computed once, so
 * the result isolates the rules module's own cost (relabeling, templates, alert state, appends).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class RuleEvaluationBenchmark {

  static final int JOBS = 100;
  static final int INSTANCES = 1_000;
  static final int SCRAPES = 40;
  static final long SCRAPE_INTERVAL_MILLIS = 15_000;
  static final long EVALUATION_TIME_MILLIS = (SCRAPES - 1) * SCRAPE_INTERVAL_MILLIS;

  @Param({"precomputed", "engine"})
  public String query;

  private final List<RuleGroup> groups = new ArrayList<>();
  private final IdentityHashMap<Expr, Vector> answers = new IdentityHashMap<>();

  @Setup
  public void setUp() {
    Head head = new Head(HeadOptions.defaults());
    Labels[] series = new Labels[JOBS * INSTANCES];
    for (int job = 0; job < JOBS; job++) {
      for (int instance = 0; instance < INSTANCES; instance++) {
        series[job * INSTANCES + instance] = Labels.of(
            "__name__", "http_requests_total", "job", "job_" + job, "instance", "host_" + instance + ":9100");
      }
    }
    long[] refs = new long[series.length];
    for (int scrape = 0; scrape < SCRAPES; scrape++) {
      Appender appender = head.appender();
      for (int i = 0; i < series.length; i++) {
        double value = (double) scrape * (i % INSTANCES % 100);
        refs[i] = appender.append(refs[i], series[i], scrape * SCRAPE_INTERVAL_MILLIS, value);
      }
      appender.commit();
    }
    QueryFunction engineQuery = QueryFunction.of(new Engine(EngineOptions.defaults()), head);
    QueryFunction function = query.equals("engine") ? engineQuery : (expr, time) -> answers.get(expr);
    GroupOptions options = GroupOptions.defaults(function, head, head, NotifyFunction.none())
        .withExternal(Map.of("region", "bench"), "http://localhost:9090");
    for (int group = 0; group < 10; group++) {
      List<RuleConfig> rules = new ArrayList<>();
      for (int rule = 0; rule < 100; rule++) {
        String selector = "http_requests_total{job=\"job_" + ((group * 100 + rule) % JOBS) + "\"}";
        if (rule % 2 == 0) {
          rules.add(new RecordingRuleConfig(
              "job:http_requests:rate5m_" + rule, "sum by (job) (rate(" + selector + "[5m]))", Map.of()));
        } else {
          rules.add(new AlertingRuleConfig(
              "HighRequestRate" + rule, "rate(" + selector + "[5m]) > 6.5", 300_000, 0,
              Map.of("severity", "warning"),
              Map.of("summary", "{{ $labels.instance }} serves {{ $value | humanize }} req/s")));
        }
      }
      groups.add(new RuleGroup(
          new RuleGroupConfig("group_" + group, "bench.yml", 60_000, null, 0, Map.of(), rules),
          options, true, System::currentTimeMillis));
    }
    for (RuleGroup group : groups) {
      for (Rule rule : group.rules()) {
        answers.put(rule.expr(), expectedAnswer(rule));
      }
    }
  }

  /** What the engine returns for the rule at the evaluation time, built directly. */
  private static Vector expectedAnswer(Rule rule) {
    String job = rule.query().replaceAll(".*job=\"(job_[0-9]+)\".*", "$1");
    List<Sample> samples = new ArrayList<>();
    if (rule.query().startsWith("sum")) {
      samples.add(new Sample(Labels.of("job", job), EVALUATION_TIME_MILLIS, 3_300));
    } else {
      for (int instance = 0; instance < INSTANCES; instance++) {
        double rate = (instance % 100) / 15.0;
        if (rate > 6.5) {
          samples.add(new Sample(
              Labels.of("job", job, "instance", "host_" + instance + ":9100"), EVALUATION_TIME_MILLIS, rate));
        }
      }
    }
    return new Vector(samples);
  }

  @Benchmark
  public long evaluateRound() {
    long samples = 0;
    for (RuleGroup group : groups) {
      group.evaluate(EVALUATION_TIME_MILLIS);
      samples += group.statistics().lastSamples();
    }
    return samples;
  }
}
