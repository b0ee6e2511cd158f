package io.argus.core.storage;

import io.argus.core.label.Labels;

/** A sample older than the series' last sample and outside the out-of-order window. */
public final class OutOfOrderSampleException extends SampleRejectedException {

  public static final String REASON = "out of order sample";

  public OutOfOrderSampleException(Labels series, long timestampMillis) {
    super(REASON, series, timestampMillis);
  }
}
