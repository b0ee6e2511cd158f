package io.argus.promql.engine;

import io.argus.core.label.Labels;

/**
 * One element of an instant vector.
 *
 * @param timestampMillis the evaluation time (or, for {@code timestamp()} internals, the sample's
 *     own time)
 * @param dropName whether the metric name is still to be removed once evaluation ends (delayed
 *     {@code __name__} removal); always false in results returned by {@link Engine}
 */
public record Sample(Labels labels, long timestampMillis, double value, boolean dropName) {

  public Sample(Labels labels, long timestampMillis, double value) {
    this(labels, timestampMillis, value, false);
  }
}
