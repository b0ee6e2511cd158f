package io.argus.promql.engine.function;

/**
 * The experimental {@code anchored} and {@code smoothed} range selectors of Prometheus 3. Both
 * work on a window's points plus, where present within the lookback delta, the last sample at or
 * before the window start ("prior") and, for smoothed, the first sample after the window end
 * ("next"). Neither extrapolates.
 */
public final class ExtendedRangeKernels {

  private ExtendedRangeKernels() {}

  /**
   * Anchored increase, rate or delta: the change from the prior sample (or the first in the
   * window) to the last, counter resets compensated for increase and rate.
   *
   * @param prior the index of the prior sample, or -1
   */
  public static double anchoredChange(
      double[] v, int prior, int from, int to, boolean isCounter) {
    int first = prior >= 0 ? prior : from;
    double result = v[to - 1] - v[first];
    if (isCounter) {
      double previous = v[first];
      for (int i = prior >= 0 ? from : from + 1; i < to; i++) {
        if (v[i] < previous) {
          result += previous;
        }
        previous = v[i];
      }
    }
    return result;
  }

  /**
   * Smoothed increase (counter) or delta over {@code (startMillis, endMillis]}: values at the
   * window edges are interpolated linearly between the neighbouring samples; before the first or
   * after the last known sample the series is flat. For counters the increase of each segment
   * between samples is spread evenly over it, a reset counting the new value as the increase.
   *
   * @param first the index of the first point to use (the prior sample, or the first in window)
   * @param last the index of the last point to use (the next sample, or the last in window)
   */
  public static double smoothedChange(
      long[] t, double[] v, int first, int last, long startMillis, long endMillis, boolean isCounter) {
    if (!isCounter) {
      return interpolate(t, v, first, last, endMillis) - interpolate(t, v, first, last, startMillis);
    }
    double increase = 0;
    for (int i = first + 1; i <= last; i++) {
      long segmentStart = t[i - 1];
      long segmentEnd = t[i];
      long overlapStart = Math.max(segmentStart, startMillis);
      long overlapEnd = Math.min(segmentEnd, endMillis);
      if (overlapEnd <= overlapStart) {
        continue;
      }
      double segmentIncrease = v[i] >= v[i - 1] ? v[i] - v[i - 1] : v[i];
      increase +=
          segmentIncrease * (double) (overlapEnd - overlapStart) / (segmentEnd - segmentStart);
    }
    return increase;
  }

  /** The value at {@code timeMillis} interpolated between points {@code first..last}. */
  public static double interpolate(long[] t, double[] v, int first, int last, long timeMillis) {
    if (timeMillis <= t[first]) {
      return v[first];
    }
    if (timeMillis >= t[last]) {
      return v[last];
    }
    int i = first + 1;
    while (t[i] < timeMillis) {
      i++;
    }
    if (t[i] == timeMillis) {
      return v[i];
    }
    double fraction = (double) (timeMillis - t[i - 1]) / (t[i] - t[i - 1]);
    return v[i - 1] + (v[i] - v[i - 1]) * fraction;
  }
}
