package io.argus.core.storage;

import io.argus.core.label.Labels;

/** A sample older than the lowest time the storage still accepts. */
public final class OutOfBoundsException extends SampleRejectedException {

  public static final String REASON = "out of bounds";

  public OutOfBoundsException(Labels series, long timestampMillis) {
    super(REASON, series, timestampMillis);
  }
}
