package io.argus.rules.manager;

import java.util.List;

/**
 * One group as {@code /api/v1/rules} prints it.
 *
 * @param intervalSeconds the evaluation interval
 * @param lastEvaluationMillis epoch milliseconds, {@code Long.MIN_VALUE} when never evaluated
 */
public record RuleGroupView(
    String name,
    String file,
    List<RuleView> rules,
    double intervalSeconds,
    int limit,
    double evaluationTimeSeconds,
    long lastEvaluationMillis) {}
