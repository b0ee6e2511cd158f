package io.argus.promql.engine.function;

/**
 * The range-vector functions over one series' window {@code [from, to)} of primitive arrays. Each
 * returns {@link #NO_VALUE} when Prometheus would emit no sample (too few points).
 */
public final class RangeKernels {

  /** A NaN with a payload of its own, meaning "no output sample". Compare with {@link #isNoValue}. */
  public static final double NO_VALUE = Double.longBitsToDouble(0x7FF8DEADBEEF0001L);

  private RangeKernels() {}

  public static boolean isNoValue(double value) {
    return Double.doubleToRawLongBits(value) == 0x7FF8DEADBEEF0001L;
  }

  /**
   * rate, increase and delta with Prometheus' extrapolation towards the window bounds.
   *
   * @param rangeStartMillis exclusive window start
   * @param rangeEndMillis inclusive window end
   */
  public static double extrapolatedRate(
      long[] t,
      double[] v,
      int from,
      int to,
      long rangeStartMillis,
      long rangeEndMillis,
      boolean isCounter,
      boolean isRate) {
    int count = to - from;
    if (count < 2) {
      return NO_VALUE;
    }
    double first = v[from];
    double last = v[to - 1];
    double result = last - first;
    if (isCounter) {
      double previous = first;
      for (int i = from + 1; i < to; i++) {
        if (v[i] < previous) {
          result += previous;
        }
        previous = v[i];
      }
    }
    double sampledInterval = (t[to - 1] - t[from]) / 1000.0;
    double averageInterval = sampledInterval / (count - 1);
    double threshold = averageInterval * 1.1;
    double durationToStart = (t[from] - rangeStartMillis) / 1000.0;
    double durationToEnd = (rangeEndMillis - t[to - 1]) / 1000.0;
    if (durationToStart >= threshold) {
      durationToStart = averageInterval / 2;
    }
    if (isCounter && result > 0 && first >= 0) {
      double durationToZero = sampledInterval * (first / result);
      if (durationToZero < durationToStart) {
        durationToStart = durationToZero;
      }
    }
    if (durationToEnd >= threshold) {
      durationToEnd = averageInterval / 2;
    }
    double factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    if (isRate) {
      factor /= (rangeEndMillis - rangeStartMillis) / 1000.0;
    }
    return result * factor;
  }

  /** irate and idelta: from the last two samples only. */
  public static double instantRate(long[] t, double[] v, int from, int to, boolean isRate) {
    if (to - from < 2) {
      return NO_VALUE;
    }
    double last = v[to - 1];
    double previous = v[to - 2];
    double result = isRate && last < previous ? last : last - previous;
    long interval = t[to - 1] - t[to - 2];
    if (interval == 0) {
      return NO_VALUE;
    }
    if (isRate) {
      result /= interval / 1000.0;
    }
    return result;
  }

  public static double changes(double[] v, int from, int to) {
    int changes = 0;
    for (int i = from + 1; i < to; i++) {
      double current = v[i];
      double previous = v[i - 1];
      if (current != previous && !(Double.isNaN(current) && Double.isNaN(previous))) {
        changes++;
      }
    }
    return changes;
  }

  public static double resets(double[] v, int from, int to) {
    int resets = 0;
    for (int i = from + 1; i < to; i++) {
      if (v[i] < v[i - 1]) {
        resets++;
      }
    }
    return resets;
  }

  /** Least-squares slope and intercept (at {@code interceptMillis}), Kahan-summed. */
  public static double[] linearRegression(
      long[] t, double[] v, int from, int to, long interceptMillis) {
    double n = 0;
    double sumX = 0;
    double compensationX = 0;
    double sumY = 0;
    double compensationY = 0;
    double sumXY = 0;
    double compensationXY = 0;
    double sumX2 = 0;
    double compensationX2 = 0;
    double initial = v[from];
    boolean constant = true;
    for (int i = from; i < to; i++) {
      double y = v[i];
      if (constant && i > from && y != initial) {
        constant = false;
      }
      n += 1;
      double x = (t[i] - interceptMillis) / 1000.0;
      compensationX = KahanSum.compensation(x, sumX, compensationX);
      sumX += x;
      compensationY = KahanSum.compensation(y, sumY, compensationY);
      sumY += y;
      compensationXY = KahanSum.compensation(x * y, sumXY, compensationXY);
      sumXY += x * y;
      compensationX2 = KahanSum.compensation(x * x, sumX2, compensationX2);
      sumX2 += x * x;
    }
    if (constant) {
      if (Double.isInfinite(initial)) {
        return new double[] {Double.NaN, Double.NaN};
      }
      return new double[] {0, initial};
    }
    double x = sumX + compensationX;
    double yTotal = sumY + compensationY;
    double xy = sumXY + compensationXY;
    double x2 = sumX2 + compensationX2;
    double covariance = xy - x * yTotal / n;
    double variance = x2 - x * x / n;
    double slope = covariance / variance;
    double intercept = yTotal / n - slope * x / n;
    return new double[] {slope, intercept};
  }

  public static double deriv(long[] t, double[] v, int from, int to) {
    if (to - from < 2) {
      return NO_VALUE;
    }
    return linearRegression(t, v, from, to, t[from])[0];
  }

  public static double predictLinear(
      long[] t, double[] v, int from, int to, long evaluationMillis, double durationSeconds) {
    if (to - from < 2) {
      return NO_VALUE;
    }
    double[] fit = linearRegression(t, v, from, to, evaluationMillis);
    return fit[0] * durationSeconds + fit[1];
  }

  /** Holt's double exponential smoothing; factors already validated to lie in (0, 1). */
  public static double doubleExponentialSmoothing(
      double[] v, int from, int to, double smoothingFactor, double trendFactor) {
    int count = to - from;
    if (count < 2) {
      return NO_VALUE;
    }
    double previousSmoothed = 0;
    double smoothed = v[from];
    double trend = v[from + 1] - v[from];
    for (int i = 1; i < count; i++) {
      double x = smoothingFactor * v[from + i];
      if (i > 1) {
        trend = trendFactor * (smoothed - previousSmoothed) + (1 - trendFactor) * trend;
      }
      double y = (1 - smoothingFactor) * (smoothed + trend);
      previousSmoothed = smoothed;
      smoothed = x + y;
    }
    return smoothed;
  }

  public static double sum(double[] v, int from, int to) {
    double sum = 0;
    double compensation = 0;
    for (int i = from; i < to; i++) {
      compensation = KahanSum.compensation(v[i], sum, compensation);
      sum += v[i];
    }
    return sum + compensation;
  }

  public static double average(double[] v, int from, int to) {
    double sum = 0;
    double mean = 0;
    double compensation = 0;
    boolean incrementalMean = false;
    double count = 0;
    for (int i = from; i < to; i++) {
      double value = v[i];
      count = i - from + 1;
      if (!incrementalMean) {
        double newSum = sum + value;
        if (count == 1 || !Double.isInfinite(newSum)) {
          compensation = KahanSum.compensation(value, sum, compensation);
          sum = newSum;
          continue;
        }
        incrementalMean = true;
        mean = sum / (count - 1);
        compensation /= count - 1;
      }
      if (Double.isInfinite(mean)) {
        if (Double.isInfinite(value) && (mean > 0) == (value > 0)) {
          continue;
        }
        if (!Double.isInfinite(value) && !Double.isNaN(value)) {
          continue;
        }
      }
      double corrected = mean + compensation;
      double increment = value / count - corrected / count;
      compensation = KahanSum.compensation(increment, mean, compensation);
      mean += increment;
    }
    if (incrementalMean) {
      return mean + compensation;
    }
    return sum / count + compensation / count;
  }

  public static double min(double[] v, int from, int to) {
    double min = v[from];
    for (int i = from + 1; i < to; i++) {
      if (v[i] < min || Double.isNaN(min)) {
        min = v[i];
      }
    }
    return min;
  }

  public static double max(double[] v, int from, int to) {
    double max = v[from];
    for (int i = from + 1; i < to; i++) {
      if (v[i] > max || Double.isNaN(max)) {
        max = v[i];
      }
    }
    return max;
  }

  /** Population variance with Welford's method, both running sums compensated. */
  public static double variance(double[] v, int from, int to) {
    double count = 0;
    double mean = 0;
    double meanCompensation = 0;
    double aux = 0;
    double auxCompensation = 0;
    for (int i = from; i < to; i++) {
      count++;
      double delta = v[i] - (mean + meanCompensation);
      meanCompensation = KahanSum.compensation(delta / count, mean, meanCompensation);
      mean += delta / count;
      double auxIncrement = delta * (v[i] - (mean + meanCompensation));
      auxCompensation = KahanSum.compensation(auxIncrement, aux, auxCompensation);
      aux += auxIncrement;
    }
    return (aux + auxCompensation) / count;
  }

  public static double quantile(double q, double[] v, int from, int to) {
    return Quantiles.quantile(q, java.util.Arrays.copyOfRange(v, from, to));
  }

  /** Median absolute deviation from the median. */
  public static double medianAbsoluteDeviation(double[] v, int from, int to) {
    double[] values = java.util.Arrays.copyOfRange(v, from, to);
    for (double value : values) {
      if (Double.isNaN(value)) {
        return Double.NaN;
      }
    }
    double median = Quantiles.quantile(0.5, values.clone());
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.abs(values[i] - median);
    }
    return Quantiles.quantile(0.5, values);
  }

  /** The time in seconds of the extreme value; on ties the latest occurrence wins. */
  public static double timestampOfExtreme(long[] t, double[] v, int from, int to, boolean max) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      double current = v[i];
      double chosen = v[best];
      boolean better = max ? current >= chosen : current <= chosen;
      if (better || Double.isNaN(chosen)) {
        best = i;
      }
    }
    return t[best] / 1000.0;
  }
}
