package io.argus.core.storage;

import io.argus.core.label.Labels;

/**
 * A sample the storage refused for a reason that concerns the sample itself, not the storage: the
 * batch stays usable. Producers count these by kind (scrapes report them per target). The message
 * starts with Prometheus' wording so that clients that match on it keep working.
 */
public abstract sealed class SampleRejectedException extends StorageException
    permits DuplicateSampleException, OutOfOrderSampleException, OutOfBoundsException {

  private final Labels series;
  private final long timestampMillis;

  protected SampleRejectedException(String reason, Labels series, long timestampMillis) {
    super(reason + (series == null ? "" : " for series " + series) + " at " + timestampMillis);
    this.series = series;
    this.timestampMillis = timestampMillis;
  }

  /** The rejected sample's series, or null if unknown to the thrower. */
  public Labels series() {
    return series;
  }

  public long timestampMillis() {
    return timestampMillis;
  }
}
