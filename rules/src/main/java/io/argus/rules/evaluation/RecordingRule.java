package io.argus.rules.evaluation;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Sample;
import io.argus.promql.parser.PromqlParser;
import io.argus.rules.file.RecordingRuleConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recording rule: the result of {@code expr}, renamed to the rule's name and with its labels set
 * (an empty value removes the label), as Prometheus' {@code RecordingRule.Eval}.
 */
public final class RecordingRule implements Rule {

  private final RecordingRuleConfig config;
  private final Expr expr;
  private volatile RuleStatus status = RuleStatus.NEVER;

  public RecordingRule(RecordingRuleConfig config) {
    this.config = config;
    this.expr = PromqlParser.parseExpr(config.expr());
  }

  public RecordingRuleConfig config() {
    return config;
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public String query() {
    return config.expr();
  }

  @Override
  public Expr expr() {
    return expr;
  }

  @Override
  public Map<String, String> labels() {
    return config.labels();
  }

  @Override
  public List<Sample> evaluate(long timestampMillis, EvaluationContext context) {
    List<Sample> vector =
        context.query().query(expr, timestampMillis - context.queryOffsetMillis()).samples();
    List<Sample> out = new ArrayList<>(vector.size());
    Set<Labels> seen = new HashSet<>();
    LabelsBuilder builder = new LabelsBuilder();
    for (Sample sample : vector) {
      builder.reset(sample.labels());
      builder.set(Labels.METRIC_NAME, config.name());
      config.labels().forEach(builder::set);
      Labels labels = builder.build();
      if (!seen.add(labels)) {
        throw new RuleEvaluationException(
            "vector contains metrics with the same labelset after applying rule labels");
      }
      out.add(new Sample(labels, sample.timestampMillis(), sample.value()));
    }
    if (context.limit() > 0 && out.size() > context.limit()) {
      throw new RuleEvaluationException(
          "exceeded limit of " + context.limit() + " with " + out.size() + " series");
    }
    return out;
  }

  @Override
  public RuleStatus status() {
    return status;
  }

  @Override
  public void recordOutcome(RuleHealth health, String lastError, long evaluatedAtMillis, long durationNanos) {
    status = new RuleStatus(health, lastError, evaluatedAtMillis, durationNanos);
  }

  @Override
  public void recordWriteError(String error) {
    RuleStatus current = status;
    status = new RuleStatus(RuleHealth.BAD, error, current.lastEvaluationMillis(), current.evaluationDurationNanos());
  }
}
