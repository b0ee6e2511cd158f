package io.argus.promql.engine.function;

import java.util.Arrays;

/** Prometheus' quantile over plain values: linear interpolation between closest ranks. */
public final class Quantiles {

  private Quantiles() {}

  /**
   * The {@code q}-quantile of {@code values} (sorted in place, NaNs first as Prometheus' ordering
   * has them). Below 0 gives -Inf, above 1 +Inf, NaN or no values NaN.
   */
  public static double quantile(double q, double[] values) {
    if (values.length == 0 || Double.isNaN(q)) {
      return Double.NaN;
    }
    if (q < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (q > 1) {
      return Double.POSITIVE_INFINITY;
    }
    sortNaNFirst(values);
    double n = values.length;
    double rank = q * (n - 1);
    double lowerIndex = Math.max(0, Math.floor(rank));
    double upperIndex = Math.min(n - 1, lowerIndex + 1);
    double weight = rank - Math.floor(rank);
    return values[(int) lowerIndex] * (1 - weight) + values[(int) upperIndex] * weight;
  }

  /** Sorts ascending with every NaN before all numbers. */
  public static void sortNaNFirst(double[] values) {
    Arrays.sort(values);
    int nanCount = 0;
    for (int i = values.length - 1; i >= 0 && Double.isNaN(values[i]); i--) {
      nanCount++;
    }
    if (nanCount > 0) {
      System.arraycopy(values, 0, values, nanCount, values.length - nanCount);
      Arrays.fill(values, 0, nanCount, Double.NaN);
    }
  }
}
