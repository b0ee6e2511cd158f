package io.argus.rules.evaluation;

import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Sample;
import java.util.List;
import java.util.Map;

/**
 * A recording or alerting rule: its configuration and the outcome of its last evaluation.
 * Evaluation runs on its group's thread; the status accessors may be called from any thread.
 */
public sealed interface Rule permits RecordingRule, AlertingRule {

  /** The {@code record} or {@code alert} name. */
  String name();

  /** The expression as written in the file. */
  String query();

  /** The parsed expression. */
  Expr expr();

  /** The rule's {@code labels}, unexpanded. */
  Map<String, String> labels();

  /**
   * Evaluates the rule at {@code timestampMillis} and returns the samples to write.
   *
   * @throws RuntimeException when the query fails or a rule-level check fails
   */
  List<Sample> evaluate(long timestampMillis, EvaluationContext context);

  /** The outcome of the last evaluation. */
  RuleStatus status();

  /** Records the outcome of an evaluation (called by the group). */
  void recordOutcome(RuleHealth health, String lastError, long evaluatedAtMillis, long durationNanos);

  /** Marks the rule unhealthy after its output could not be written, keeping the other fields. */
  void recordWriteError(String error);

  /** Identity across reloads, as Prometheus' {@code nameAndLabels}. */
  default String identity() {
    return name() + labels();
  }
}
