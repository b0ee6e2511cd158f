package io.argus.scrape.exposition;

/** What {@link ExpositionParser#next()} found. */
public enum ExpositionEntry {
  /** A sample line: a series, a value and perhaps a timestamp and an exemplar. */
  SERIES,
  /** A {@code # HELP} line. */
  HELP,
  /** A {@code # TYPE} line. */
  TYPE,
  /** A {@code # UNIT} line (OpenMetrics only). */
  UNIT,
  /** Any other comment (Prometheus text only; OpenMetrics allows none). */
  COMMENT,
  /** The end of the exposition; every further call returns it again. */
  END
}
