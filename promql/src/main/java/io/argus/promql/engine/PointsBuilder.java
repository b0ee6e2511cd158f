package io.argus.promql.engine;

import io.argus.core.label.Labels;
import java.util.Arrays;

/** A growable pair of primitive arrays collecting one series' points over the steps of a query. */
final class PointsBuilder {

  final Labels labels;
  boolean dropName;
  long[] timestamps = new long[16];
  double[] values = new double[16];
  int size;

  PointsBuilder(Labels labels, boolean dropName) {
    this.labels = labels;
    this.dropName = dropName;
  }

  void add(long timestampMillis, double value) {
    if (size == timestamps.length) {
      timestamps = Arrays.copyOf(timestamps, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    timestamps[size] = timestampMillis;
    values[size] = value;
    size++;
  }

  long lastTimestamp() {
    return size == 0 ? Long.MIN_VALUE : timestamps[size - 1];
  }

  MatrixSeries build() {
    return new MatrixSeries(
        labels, Arrays.copyOf(timestamps, size), Arrays.copyOf(values, size), dropName);
  }
}
