package io.argus.promql.scripttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.storage.StaleMarker;
import org.junit.jupiter.api.Test;

class SeriesValuesTest {

  @Test
  void expandsSequencesRepetitionsAndGaps() {
    SeriesValues values = SeriesValues.parse("1+2x3 _ _x2 -1-1x1 7 stale");
    assertThat(values.values()).startsWith(1, 3, 5, 7);
    assertThat(values.present())
        .containsExactly(true, true, true, true, false, false, false, true, true, true, true);
    assertThat(values.values()[7]).isEqualTo(-1);
    assertThat(values.values()[8]).isEqualTo(-2);
    assertThat(StaleMarker.isStale(values.values()[10])).isTrue();
  }

  @Test
  void zeroXTenIsElevenZerosNotHex() {
    SeriesValues values = SeriesValues.parse("0x10");
    assertThat(values.size()).isEqualTo(11);
  }

  @Test
  void sequencesAccumulateByRepeatedAddition() {
    SeriesValues values = SeriesValues.parse("0+0.1x10");
    assertThat(values.values()[10]).isEqualTo(0.9999999999999999);
  }

  @Test
  void readsInfNaNExponentsAndUnderscores() {
    SeriesValues values = SeriesValues.parse("-Inf +inf NaN 1e3 2.5E-4 1_000 .8 1e-3+1e-3x1");
    assertThat(values.values()[0]).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(values.values()[1]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(values.values()[2]).isNaN();
    assertThat(values.values()).contains(1000, 2.5e-4, 0.8, 0.002);
  }

  @Test
  void histogramsAreFlaggedWithTheirRepetitions() {
    SeriesValues values = SeriesValues.parse("1 {{schema:0 sum:1 count:1}}x2 {{}}+{{count:1}}x1");
    assertThat(values.size()).isEqualTo(6);
    assertThat(values.hasHistogram()).isTrue();
    assertThat(values.present()[1]).isFalse();
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> SeriesValues.parse("abc")).hasMessageContaining("not a number");
  }
}
