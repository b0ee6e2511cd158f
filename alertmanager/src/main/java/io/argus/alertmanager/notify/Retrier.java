package io.argus.alertmanager.notify;

import java.time.InstantSource;
import java.util.function.Supplier;

/**
 * Repeats a delivery while it fails retryably, waiting an exponentially growing backoff between
 * attempts (doubling from {@code initialBackoffMillis} up to {@code maxBackoffMillis}), until it
 * succeeds, fails for good, or the next attempt would start after the deadline. Alertmanager gives
 * a flush until its next group interval; the caller passes that deadline.
 */
public final class Retrier {

  private final InstantSource clock;
  private final Sleeper sleeper;
  private final long initialBackoffMillis;
  private final long maxBackoffMillis;

  public Retrier(InstantSource clock, Sleeper sleeper, long initialBackoffMillis, long maxBackoffMillis) {
    if (initialBackoffMillis <= 0 || maxBackoffMillis < initialBackoffMillis) {
      throw new IllegalArgumentException("backoff must be positive and max >= initial, got "
          + initialBackoffMillis + " and " + maxBackoffMillis);
    }
    this.clock = clock;
    this.sleeper = sleeper;
    this.initialBackoffMillis = initialBackoffMillis;
    this.maxBackoffMillis = maxBackoffMillis;
  }

  /** The outcome of the last attempt, and how many attempts were made. */
  public record Result(DeliveryOutcome outcome, int attempts) {}

  public Result run(Supplier<DeliveryOutcome> attempt, long deadlineMillis) {
    long backoff = initialBackoffMillis;
    int attempts = 0;
    while (true) {
      DeliveryOutcome outcome = attempt.get();
      attempts++;
      if (!(outcome instanceof DeliveryOutcome.Failed failed) || !failed.retryable()) {
        return new Result(outcome, attempts);
      }
      if (clock.millis() + backoff > deadlineMillis) {
        return new Result(outcome, attempts);
      }
      try {
        sleeper.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result(outcome, attempts);
      }
      backoff = Math.min(backoff * 2, maxBackoffMillis);
    }
  }
}
