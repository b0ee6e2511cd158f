package io.argus.core.storage;

/** Something samples can be written to. Thread-safe: many appenders may be open at once. */
@FunctionalInterface
public interface Appendable {

  /**
   * A new appender. Each appender is a batch owned by one thread at a time; it must end in exactly
   * one {@link Appender#commit()} or {@link Appender#rollback()}.
   */
  Appender appender();
}
