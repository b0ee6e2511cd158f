/**
 * Rule evaluation with Prometheus' semantics: {@link io.argus.rules.evaluation.RecordingRule},
 * {@link io.argus.rules.evaluation.AlertingRule} (the inactive → pending → firing → resolved state
 * machine, {@code for}, {@code keep_firing_for}, {@code ALERTS}/{@code ALERTS_FOR_STATE}) and
 * {@link io.argus.rules.evaluation.RuleGroup}, which evaluates its rules in order at one timestamp,
 * writes their output and staleness markers through {@code Appendable}, sends alerts through a
 * {@link io.argus.rules.evaluation.NotifyFunction} and restores {@code for} state after a restart.
 * Rules never hold the engine: they run queries through a {@link
 * io.argus.rules.evaluation.QueryFunction}. Scheduling lives in {@code manager}.
 */
package io.argus.rules.evaluation;
