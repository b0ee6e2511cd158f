package io.argus.core.storage;

import io.argus.core.label.Matcher;
import java.util.List;

/**
 * Reads series and label metadata over the fixed time range it was opened for. Thread-safe for
 * concurrent selects. Series sets, series and iterators it returns stay valid until {@link #close()}.
 */
public interface Querier extends AutoCloseable {

  /**
   * The series that satisfy all {@code matchers} and have at least one sample in range. At least one
   * matcher must not match the empty string (Prometheus' rule: a selector may not select everything).
   *
   * @param sorted whether the set must be ordered by labels; unsorted may be cheaper
   * @param hints what the caller will do with the data; may be null, and may be ignored
   */
  SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers);

  /** The sorted, distinct label names of series that satisfy the matchers (all series if none). */
  List<String> labelNames(Matcher... matchers);

  /** The sorted, distinct values of label {@code name} over series that satisfy the matchers. */
  List<String> labelValues(String name, Matcher... matchers);

  /** Releases what this querier pinned. Idempotent. */
  @Override
  void close();
}
