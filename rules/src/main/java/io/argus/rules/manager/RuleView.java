package io.argus.rules.manager;

import java.util.List;
import java.util.Map;

/** One rule as {@code /api/v1/rules} prints it; {@link #type()} is {@code alerting} or {@code recording}. */
public sealed interface RuleView {

  String name();

  String query();

  String type();

  /** {@code ok}, {@code err} or {@code unknown}. */
  String health();

  /** The last error, empty when none (the API omits the field then). */
  String lastError();

  double evaluationTimeSeconds();

  /** Epoch milliseconds of the last evaluation, {@code Long.MIN_VALUE} when never. */
  long lastEvaluationMillis();

  /** An alerting rule: {@code state} is {@code inactive}, {@code pending} or {@code firing}. */
  record Alerting(
      String state,
      String name,
      String query,
      double durationSeconds,
      double keepFiringForSeconds,
      Map<String, String> labels,
      Map<String, String> annotations,
      List<AlertView> alerts,
      String health,
      String lastError,
      double evaluationTimeSeconds,
      long lastEvaluationMillis)
      implements RuleView {
    @Override
    public String type() {
      return "alerting";
    }
  }

  /** A recording rule. */
  record Recording(
      String name,
      String query,
      Map<String, String> labels,
      String health,
      String lastError,
      double evaluationTimeSeconds,
      long lastEvaluationMillis)
      implements RuleView {
    @Override
    public String type() {
      return "recording";
    }
  }
}
