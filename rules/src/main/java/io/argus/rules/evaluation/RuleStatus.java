package io.argus.rules.evaluation;

/**
 * The outcome of a rule's last evaluation.
 *
 * @param lastError the error of the last evaluation, null when it succeeded
 * @param lastEvaluationMillis when it started (wall clock), {@link AlertSnapshot#NO_TIME} if never
 * @param evaluationDurationNanos how long it took
 */
public record RuleStatus(
    RuleHealth health, String lastError, long lastEvaluationMillis, long evaluationDurationNanos) {

  /** The status of a rule never evaluated. */
  public static final RuleStatus NEVER =
      new RuleStatus(RuleHealth.UNKNOWN, null, AlertSnapshot.NO_TIME, 0);
}
