package io.argus.rules.evaluation;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one group, behind Prometheus' {@code prometheus_rule_*} metrics (here {@code
 * argus_rule_*}): rule evaluations and failures, iterations run and missed, the last iteration's
 * duration and sample count. Updated by the group's thread, read by anyone.
 */
public final class GroupStatistics {

  final AtomicLong evaluations = new AtomicLong();
  final AtomicLong failures = new AtomicLong();
  final AtomicLong iterations = new AtomicLong();
  final AtomicLong missedIterations = new AtomicLong();
  final AtomicLong lastDurationNanos = new AtomicLong();
  final AtomicLong lastSamples = new AtomicLong();

  /** {@code argus_rule_evaluations_total} */
  public long evaluations() {
    return evaluations.get();
  }

  /** {@code argus_rule_evaluation_failures_total} */
  public long failures() {
    return failures.get();
  }

  /** {@code argus_rule_group_iterations_total} */
  public long iterations() {
    return iterations.get();
  }

  /** {@code argus_rule_group_iterations_missed_total} */
  public long missedIterations() {
    return missedIterations.get();
  }

  /** Adds {@code count} missed iterations (the scheduler noticed it ran late). */
  public void addMissedIterations(long count) {
    missedIterations.addAndGet(count);
  }

  /** {@code argus_rule_group_last_duration_seconds}, in nanoseconds. */
  public long lastDurationNanos() {
    return lastDurationNanos.get();
  }

  /** {@code argus_rule_group_last_evaluation_samples} */
  public long lastSamples() {
    return lastSamples.get();
  }

  /** Carries counters over when a group is replaced on reload. */
  public void addFrom(GroupStatistics other) {
    evaluations.addAndGet(other.evaluations());
    failures.addAndGet(other.failures());
    iterations.addAndGet(other.iterations());
    missedIterations.addAndGet(other.missedIterations());
  }
}
