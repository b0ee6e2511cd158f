package io.argus.promql.engine;

import io.argus.core.label.Labels;

/**
 * The points of one series inside one range window: a view {@code [from, to)} into arrays owned by
 * a {@link SeriesData} or a subquery result, so that windows cost no copying.
 */
record RangeSeries(
    Labels labels, long[] timestamps, double[] values, int from, int to, boolean dropName) {

  int size() {
    return to - from;
  }
}
