package io.argus.promql.engine;

import io.argus.core.label.Labels;

/**
 * The points of one series inside one range window: a view {@code [from, to)} into arrays owned by
 * a {@link SeriesData} or a subquery result, so that windows cost no copying. For {@code
 * anchored}/{@code smoothed} selectors, {@code prior} and {@code next} index the neighbouring
 * samples just outside the window (within the lookback delta), or are -1.
 */
record RangeSeries(
    Labels labels,
    long[] timestamps,
    double[] values,
    int from,
    int to,
    boolean dropName,
    int prior,
    int next) {

  /** A plain window without anchoring neighbours. */
  RangeSeries(
      Labels labels, long[] timestamps, double[] values, int from, int to, boolean dropName) {
    this(labels, timestamps, values, from, to, dropName, -1, -1);
  }

  int size() {
    return to - from;
  }
}
