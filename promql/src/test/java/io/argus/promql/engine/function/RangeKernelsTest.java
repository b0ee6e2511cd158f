package io.argus.promql.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeKernelsTest {

  @Test
  void rateExtrapolatesToTheWindowEdges() {
    // Samples every 60s from 60s to 300s, counter increasing by 10 per sample; window (0, 300s].
    long[] t = {60_000, 120_000, 180_000, 240_000, 300_000};
    double[] v = {10, 20, 30, 40, 50};
    double increase = RangeKernels.extrapolatedRate(t, v, 0, 5, 0, 300_000, true, false);
    // 40 over 240s sampled; extended 60s to the start (limited by zero point at 60s), 0 to end.
    assertThat(increase).isCloseTo(50, within(1e-9));
    double rate = RangeKernels.extrapolatedRate(t, v, 0, 5, 0, 300_000, true, true);
    assertThat(rate).isCloseTo(50.0 / 300, within(1e-12));
  }

  @Test
  void counterResetsAreCompensated() {
    long[] t = {1000, 2000, 3000};
    double[] v = {5, 1, 3};
    double increase = RangeKernels.extrapolatedRate(t, v, 0, 3, 0, 3000, true, false);
    // Raw increase: 3 - 5 + 5 = 3 over 2s, extended by 1s at the start (duration to zero is 2s
    // ... limited to the 1s gap) gives 3 * 3 / 2.
    assertThat(increase).isCloseTo(4.5, within(1e-9));
  }

  @Test
  void fewerThanTwoSamplesGiveNoValue() {
    assertThat(RangeKernels.isNoValue(RangeKernels.extrapolatedRate(
        new long[] {1}, new double[] {1}, 0, 1, 0, 10, true, true))).isTrue();
    assertThat(RangeKernels.isNoValue(RangeKernels.deriv(new long[] {1}, new double[] {1}, 0, 1)))
        .isTrue();
  }

  @Test
  void derivOfALineIsItsSlope() {
    long[] t = {0, 10_000, 20_000};
    double[] v = {1, 3, 5};
    assertThat(RangeKernels.deriv(t, v, 0, 3)).isCloseTo(0.2, within(1e-12));
    assertThat(RangeKernels.predictLinear(t, v, 0, 3, 20_000, 10)).isCloseTo(7, within(1e-9));
  }

  @Test
  void quantileInterpolatesAndSortsNaNFirst() {
    assertThat(Quantiles.quantile(0.5, new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(Quantiles.quantile(0.25, new double[] {1, 2, 3, 4, 5})).isEqualTo(2);
    double[] withNaN = {2, Double.NaN, 1};
    Quantiles.sortNaNFirst(withNaN);
    assertThat(withNaN[0]).isNaN();
    assertThat(withNaN[1]).isEqualTo(1);
  }

  @Test
  void varianceAndAverage() {
    double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
    assertThat(RangeKernels.variance(v, 0, v.length)).isCloseTo(4, within(1e-12));
    assertThat(RangeKernels.average(v, 0, v.length)).isCloseTo(5, within(1e-12));
    double[] huge = {Double.MAX_VALUE, Double.MAX_VALUE};
    assertThat(RangeKernels.average(huge, 0, 2)).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void bucketQuantileInterpolatesInsideTheBucket() {
    BucketQuantile.Buckets buckets = new BucketQuantile.Buckets();
    buckets.add(Double.POSITIVE_INFINITY, 10);
    buckets.add(1, 5);
    buckets.add(2, 10);
    assertThat(BucketQuantile.quantile(0.5, buckets).value()).isEqualTo(1);
    assertThat(BucketQuantile.quantile(0.75, buckets).value()).isEqualTo(1.5);
    BucketQuantile.Buckets noInf = new BucketQuantile.Buckets();
    noInf.add(1, 1);
    assertThat(BucketQuantile.quantile(0.5, noInf).value()).isNaN();
  }
}
