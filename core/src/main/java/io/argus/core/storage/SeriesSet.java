package io.argus.core.storage;

import java.util.List;

/**
 * A pull iterator over series, after Prometheus' {@code SeriesSet}: call {@link #next()} until it
 * returns false, then check {@link #error()}. Not thread-safe.
 */
public interface SeriesSet {

  /** Advances to the next series; false when there are no more or an error occurred. */
  boolean next();

  /** The current series; valid until the next call to {@link #next()}. */
  Series at();

  /** The error that stopped iteration, or null. */
  default StorageException error() {
    return null;
  }

  /** Non-fatal problems (e.g. a remote source that did not answer), reported to the user. */
  default List<String> warnings() {
    return List.of();
  }

  /** A set with no series. */
  static SeriesSet empty() {
    return EmptySeriesSet.INSTANCE;
  }
}
