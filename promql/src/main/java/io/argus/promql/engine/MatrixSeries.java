package io.argus.promql.engine;

import io.argus.core.label.Labels;

/**
 * One series of a range vector: parallel arrays of timestamps and values in increasing time order.
 * The arrays are owned by this object and must not be modified by readers.
 *
 * @param dropName whether the metric name is still to be removed (see {@link Sample#dropName()})
 */
public record MatrixSeries(
    Labels labels, long[] timestampsMillis, double[] values, boolean dropName) {

  public MatrixSeries {
    if (timestampsMillis.length != values.length) {
      throw new IllegalArgumentException(
          "series "
              + labels
              + " has "
              + timestampsMillis.length
              + " timestamps but "
              + values.length
              + " values");
    }
  }

  public int size() {
    return values.length;
  }
}
