package io.argus.rules.manager;

/**
 * The {@code argus_rule_*} values of one group ({@code rule_group="file;name"} in Prometheus'
 * naming): counters since the group first loaded (kept across reloads) and the gauges of the last
 * iteration.
 */
public record GroupStatisticsView(
    String file,
    String name,
    double intervalSeconds,
    int rules,
    long evaluationsTotal,
    long evaluationFailuresTotal,
    long iterationsTotal,
    long iterationsMissedTotal,
    double lastDurationSeconds,
    long lastEvaluationTimestampMillis,
    long lastEvaluationSamples) {

  /** The {@code rule_group} label value Prometheus uses: {@code file;name}. */
  public String ruleGroupLabel() {
    return file + ";" + name;
  }
}
