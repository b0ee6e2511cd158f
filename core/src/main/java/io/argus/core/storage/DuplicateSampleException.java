package io.argus.core.storage;

import io.argus.core.label.Labels;

/** A sample the same timestamp as the series' last sample, with a different value. */
public final class DuplicateSampleException extends SampleRejectedException {

  public static final String REASON = "duplicate sample for timestamp";

  public DuplicateSampleException(Labels series, long timestampMillis) {
    super(REASON, series, timestampMillis);
  }
}
