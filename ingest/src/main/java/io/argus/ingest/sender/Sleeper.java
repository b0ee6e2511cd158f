package io.argus.ingest.sender;

import java.time.Duration;

/** Waits between retries; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  Sleeper SYSTEM = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
