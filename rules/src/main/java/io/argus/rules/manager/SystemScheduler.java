package io.argus.rules.manager;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The wall clock, with one timer thread that hands due tasks to virtual threads, so a slow group
 * never delays another group's start.
 */
public final class SystemScheduler implements Scheduler, AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("argus-rules-timer").daemon().factory());

  @Override
  public long nowMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Cancellable schedule(long atMillis, Runnable task) {
    long delay = Math.max(0, atMillis - nowMillis());
    ScheduledFuture<?> future =
        timer.schedule(() -> Thread.ofVirtual().name("argus-rule-group").start(task), delay, TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
