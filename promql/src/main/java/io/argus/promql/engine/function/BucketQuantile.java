package io.argus.promql.engine.function;

import java.util.Arrays;

/**
 * Prometheus' quantile estimation over classic (cumulative, {@code le}-labelled) buckets, with
 * its monotonicity fix and its handling of a missing +Inf bucket.
 */
public final class BucketQuantile {

  private static final double SMALL_DELTA_TOLERANCE = 1e-12;

  private BucketQuantile() {}

  /** The buckets of one histogram: parallel arrays of upper bound and cumulative count. */
  public static final class Buckets {
    double[] upperBounds = new double[8];
    double[] counts = new double[8];
    int size;

    public void add(double upperBound, double count) {
      if (size == upperBounds.length) {
        upperBounds = Arrays.copyOf(upperBounds, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      upperBounds[size] = upperBound;
      counts[size] = count;
      size++;
    }
  }

  /**
   * @param forcedMonotonic whether a bucket count was lower than a smaller bucket's and was raised
   */
  public record Result(double value, boolean forcedMonotonic) {}

  public static Result quantile(double q, Buckets buckets) {
    if (Double.isNaN(q)) {
      return new Result(Double.NaN, false);
    }
    if (q < 0) {
      return new Result(Double.NEGATIVE_INFINITY, false);
    }
    if (q > 1) {
      return new Result(Double.POSITIVE_INFINITY, false);
    }
    Sorted sorted = sortAndCoalesce(buckets);
    if (sorted == null) {
      return new Result(Double.NaN, false);
    }
    double[] bounds = sorted.bounds;
    double[] counts = sorted.counts;
    int size = sorted.size;
    boolean forcedMonotonic = sorted.forcedMonotonic;
    if (size < 2) {
      return new Result(Double.NaN, forcedMonotonic);
    }
    double observations = counts[size - 1];
    if (observations == 0) {
      return new Result(Double.NaN, forcedMonotonic);
    }
    double rank = q * observations;
    int b = 0;
    while (b < size - 1 && !(counts[b] >= rank)) {
      b++;
    }
    if (b == size - 1) {
      return new Result(bounds[size - 2], forcedMonotonic);
    }
    if (b == 0 && bounds[0] <= 0) {
      return new Result(bounds[0], forcedMonotonic);
    }
    double bucketStart = 0;
    double bucketEnd = bounds[b];
    double count = counts[b];
    if (b > 0) {
      bucketStart = bounds[b - 1];
      count -= counts[b - 1];
      rank -= counts[b - 1];
    }
    return new Result(bucketStart + (bucketEnd - bucketStart) * (rank / count), forcedMonotonic);
  }

  private record Sorted(double[] bounds, double[] counts, int size, boolean forcedMonotonic) {}

  /**
   * The buckets sorted by bound, equal bounds merged and counts made monotonic; null when the
   * highest bucket is not +Inf.
   */
  private static Sorted sortAndCoalesce(Buckets buckets) {
    int n = buckets.size;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(buckets.upperBounds[a], buckets.upperBounds[b]));
    double[] bounds = new double[n];
    double[] counts = new double[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      double bound = buckets.upperBounds[order[i]];
      double count = buckets.counts[order[i]];
      if (size > 0 && bounds[size - 1] == bound) {
        counts[size - 1] += count;
      } else {
        bounds[size] = bound;
        counts[size] = count;
        size++;
      }
    }
    if (size == 0 || bounds[size - 1] != Double.POSITIVE_INFINITY) {
      return null;
    }
    boolean forcedMonotonic = false;
    double previous = counts[0];
    for (int i = 1; i < size; i++) {
      double current = counts[i];
      if (current == previous) {
        continue;
      }
      if (almostEqual(previous, current, SMALL_DELTA_TOLERANCE)) {
        counts[i] = previous;
        continue;
      }
      if (current < previous) {
        counts[i] = previous;
        forcedMonotonic = true;
        continue;
      }
      previous = current;
    }
    return new Sorted(bounds, counts, size, forcedMonotonic);
  }

  /**
   * The fraction of observations between {@code lower} and {@code upper}, interpolating linearly
   * inside the buckets that contain the limits (but not inside the infinite ones).
   */
  public static double fraction(double lower, double upper, Buckets buckets) {
    Sorted sorted = sortAndCoalesce(buckets);
    if (sorted == null) {
      return Double.NaN;
    }
    double[] bounds = sorted.bounds;
    double[] counts = sorted.counts;
    double count = counts[sorted.size - 1];
    if (count == 0 || Double.isNaN(lower) || Double.isNaN(upper)) {
      return Double.NaN;
    }
    if (lower >= upper) {
      return 0;
    }
    double rank = 0;
    double lowerRank = 0;
    double upperRank = 0;
    boolean lowerSet = false;
    boolean upperSet = false;
    for (int i = 0; i < sorted.size; i++) {
      // The first bucket starts at 0 when its bound is positive (observations are assumed
      // non-negative there, as histogram_quantile assumes), else at -Inf.
      double lowerBound = i > 0 ? bounds[i - 1] : (bounds[0] > 0 ? 0 : Double.NEGATIVE_INFINITY);
      double upperBound = bounds[i];
      if (!lowerSet && lowerBound >= lower) {
        lowerRank = rank;
        lowerSet = true;
      }
      if (!upperSet && lowerBound >= upper) {
        upperRank = rank;
        upperSet = true;
      }
      if (lowerSet && upperSet) {
        break;
      }
      if (!lowerSet && lowerBound < lower && upperBound > lower) {
        lowerRank = interpolate(rank, counts[i], lowerBound, upperBound, lower);
        lowerSet = true;
      }
      if (!upperSet && lowerBound < upper && upperBound > upper) {
        upperRank = interpolate(rank, counts[i], lowerBound, upperBound, upper);
        upperSet = true;
      }
      if (lowerSet && upperSet) {
        break;
      }
      rank = counts[i];
    }
    if (!lowerSet || lowerRank > count) {
      lowerRank = count;
    }
    if (!upperSet || upperRank > count) {
      upperRank = count;
    }
    return (upperRank - lowerRank) / count;
  }

  /** The rank at {@code value} inside a bucket; infinite buckets are not interpolated. */
  private static double interpolate(
      double rankBefore, double bucketCount, double lowerBound, double upperBound, double value) {
    if (lowerBound == Double.NEGATIVE_INFINITY) {
      return bucketCount;
    }
    if (upperBound == Double.POSITIVE_INFINITY) {
      return rankBefore;
    }
    return rankBefore + (bucketCount - rankBefore) * (value - lowerBound) / (upperBound - lowerBound);
  }

  static boolean almostEqual(double a, double b, double epsilon) {
    if (a == b) {
      return true;
    }
    double absoluteSum = Math.abs(a) + Math.abs(b);
    double difference = Math.abs(a - b);
    if (a == 0 || b == 0 || absoluteSum < Double.MIN_NORMAL) {
      return difference < epsilon * Double.MIN_NORMAL;
    }
    return difference / Math.min(absoluteSum, Double.MAX_VALUE) < epsilon;
  }
}
