package io.argus.promql.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KahanSumTest {

  @Test
  void compensationRecoversWhatPlainAdditionLoses() {
    double[] values = {1e100, 1.0, -1e100};
    double plain = 0;
    for (double value : values) {
      plain += value;
    }
    assertThat(plain).isEqualTo(0);
    assertThat(RangeKernels.sum(values, 0, values.length)).isEqualTo(1.0);
  }

  @Test
  void anInfiniteTotalResetsTheCompensation() {
    assertThat(KahanSum.compensation(Double.POSITIVE_INFINITY, 1, 0.5)).isZero();
  }
}
