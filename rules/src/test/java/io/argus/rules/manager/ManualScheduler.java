package io.argus.rules.manager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler on a manual clock: {@link #advanceTo} runs due tasks in time order on the caller. */
final class ManualScheduler implements Scheduler {

  private record Task(long atMillis, long sequence, Runnable runnable, boolean[] cancelled) {}

  private final List<Task> tasks = new ArrayList<>();
  private long nowMillis;
  private long sequence;

  ManualScheduler(long startMillis) {
    this.nowMillis = startMillis;
  }

  @Override
  public synchronized long nowMillis() {
    return nowMillis;
  }

  @Override
  public synchronized Cancellable schedule(long atMillis, Runnable task) {
    boolean[] cancelled = {false};
    tasks.add(new Task(atMillis, sequence++, task, cancelled));
    return () -> cancelled[0] = true;
  }

  /** Moves the clock forward, running every task due on the way at its own time. */
  void advanceTo(long targetMillis) {
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.stream()
            .filter(task -> task.atMillis() <= targetMillis)
            .min(Comparator.comparingLong(Task::atMillis).thenComparingLong(Task::sequence))
            .orElse(null);
        if (next == null) {
          nowMillis = Math.max(nowMillis, targetMillis);
          return;
        }
        tasks.remove(next);
        nowMillis = Math.max(nowMillis, next.atMillis());
      }
      if (!next.cancelled()[0]) {
        next.runnable().run();
      }
    }
  }

  synchronized int pendingTasks() {
    return (int) tasks.stream().filter(task -> !task.cancelled()[0]).count();
  }
}
