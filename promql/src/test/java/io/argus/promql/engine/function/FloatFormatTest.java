package io.argus.promql.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatFormatTest {

  @Test
  void percentGLikeGo() {
    assertThat(FloatFormat.format(1.1)).isEqualTo("1.1");
    assertThat(FloatFormat.format(1)).isEqualTo("1");
    assertThat(FloatFormat.format(-1)).isEqualTo("-1");
    assertThat(FloatFormat.format(1e6)).isEqualTo("1e+06");
    assertThat(FloatFormat.format(123456)).isEqualTo("123456");
    assertThat(FloatFormat.format(0.00001)).isEqualTo("1e-05");
    assertThat(FloatFormat.format(Double.NaN)).isEqualTo("NaN");
    assertThat(FloatFormat.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }

  @Test
  void plainLikeFormatFloatF() {
    assertThat(FloatFormat.plain(1)).isEqualTo("1");
    assertThat(FloatFormat.plain(0.5)).isEqualTo("0.5");
    assertThat(FloatFormat.plain(1e21)).isEqualTo("1000000000000000000000");
    assertThat(FloatFormat.plain(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
  }
}
