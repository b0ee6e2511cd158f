/**
 * Prometheus rule files: the model ({@link io.argus.rules.file.RuleFile}, groups, recording and
 * alerting rule configurations) and {@link io.argus.rules.file.RuleFileLoader}, which reads them
 * with SnakeYAML Engine and applies Prometheus' {@code rulefmt} validation (PromQL parsed,
 * templates parsed, names checked), reporting every problem as {@code file:line:column: …}. Knows
 * nothing of evaluation.
 */
package io.argus.rules.file;
