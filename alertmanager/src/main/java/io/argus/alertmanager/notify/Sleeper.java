package io.argus.alertmanager.notify;

/**
 * Waits between retries. Production uses {@link Thread#sleep}; tests pass a fake that advances
 * their manual clock instead, so retry schedules are tested without waiting.
 */
@FunctionalInterface
public interface Sleeper {

  Sleeper THREAD_SLEEP = Thread::sleep;

  void sleep(long millis) throws InterruptedException;
}
