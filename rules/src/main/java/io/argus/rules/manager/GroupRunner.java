package io.argus.rules.manager;

import io.argus.rules.evaluation.RuleGroup;

/**
 * Runs one group on its grid, as Prometheus' {@code Group.run}: the first evaluation one interval
 * after the grid point at or before the start, then every interval; iterations that were missed
 * (the task ran late) are counted and skipped; when the group must restore {@code for} state it
 * does so after its second evaluation.
 */
final class GroupRunner {

  private final RuleGroup group;
  private final Scheduler scheduler;
  private final Object evaluationLock = new Object();
  private boolean shouldRestore;
  private volatile boolean stopped;
  private Scheduler.Cancellable pending;
  private long nextEvaluationMillis;
  private long evaluations;

  GroupRunner(RuleGroup group, Scheduler scheduler, boolean shouldRestore) {
    this.group = group;
    this.scheduler = scheduler;
    this.shouldRestore = shouldRestore;
  }

  RuleGroup group() {
    return group;
  }

  synchronized void start() {
    long interval = group.intervalMillis();
    nextEvaluationMillis = group.evaluationTimestampAtOrBefore(scheduler.nowMillis()) + interval;
    pending = scheduler.schedule(nextEvaluationMillis, this::tick);
  }

  private void tick() {
    synchronized (evaluationLock) {
      if (stopped) {
        return;
      }
      long interval = group.intervalMillis();
      long now = scheduler.nowMillis();
      long missed = Math.max(0, (now - nextEvaluationMillis) / interval);
      if (missed > 0) {
        group.statistics().addMissedIterations(missed);
      }
      long timestamp = nextEvaluationMillis + missed * interval;
      group.evaluate(timestamp);
      evaluations++;
      if (shouldRestore && evaluations == 2) {
        group.restoreForState(scheduler.nowMillis());
        shouldRestore = false;
      }
      synchronized (this) {
        if (stopped) {
          return;
        }
        nextEvaluationMillis = timestamp + interval;
        pending = scheduler.schedule(nextEvaluationMillis, this::tick);
      }
    }
  }

  /** Stops scheduling and waits for an evaluation in progress to finish. */
  void stop() {
    synchronized (this) {
      stopped = true;
      if (pending != null) {
        pending.cancel();
      }
    }
    synchronized (evaluationLock) {
      // Nothing to do: holding the lock means no evaluation is running any more.
    }
  }
}
