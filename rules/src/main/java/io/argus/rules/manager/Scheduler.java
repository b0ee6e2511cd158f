package io.argus.rules.manager;

/**
 * The clock and timer rule groups run on. Production uses {@link SystemScheduler}; tests use a
 * manual one so no test sleeps. Thread-safe.
 */
public interface Scheduler {

  /** The current time, epoch milliseconds. */
  long nowMillis();

  /**
   * Runs {@code task} once at or after {@code atMillis}. Tasks of different groups may run
   * concurrently.
   */
  Cancellable schedule(long atMillis, Runnable task);

  /** A scheduled task that can be cancelled before it runs. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
