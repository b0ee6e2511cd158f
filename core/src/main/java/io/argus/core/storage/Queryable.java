package io.argus.core.storage;

/** Something samples can be read from. Thread-safe. */
@FunctionalInterface
public interface Queryable {

  /**
   * A querier over samples with {@code minTimeMillis <= t <= maxTimeMillis}. The querier pins the
   * data it reads (head chunks, memory-mapped blocks) until it is closed.
   */
  Querier querier(long minTimeMillis, long maxTimeMillis);
}
