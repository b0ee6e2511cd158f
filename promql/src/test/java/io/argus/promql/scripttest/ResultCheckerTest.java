package io.argus.promql.scripttest;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.storage.StaleMarker;
import org.junit.jupiter.api.Test;

class ResultCheckerTest {

  @Test
  void floatEqualityFollowsTheReferenceRules() {
    assertThat(ResultChecker.floatsEqual(1, 1 + 1e-9)).isTrue();
    assertThat(ResultChecker.floatsEqual(1, 1.001)).isFalse();
    assertThat(ResultChecker.floatsEqual(0, 1e-20)).isFalse();
    assertThat(ResultChecker.floatsEqual(Double.NaN, Double.NaN)).isTrue();
    assertThat(ResultChecker.floatsEqual(StaleMarker.STALE_NAN, Double.NaN)).isFalse();
    assertThat(ResultChecker.floatsEqual(StaleMarker.STALE_NAN, StaleMarker.STALE_NAN)).isTrue();
    assertThat(ResultChecker.floatsEqual(Double.POSITIVE_INFINITY, Double.MAX_VALUE)).isFalse();
    assertThat(ResultChecker.floatsEqual(-0.0, 0.0)).isTrue();
  }

  @Test
  void splitsSeriesLines() {
    assertThat(ScriptParser.splitSeriesLine("foo{a=\"x}y\", b='1'} 1 2"))
        .containsExactly("foo{a=\"x}y\", b='1'}", "1 2");
    assertThat(ScriptParser.splitSeriesLine("foo 1+1x2")).containsExactly("foo", "1+1x2");
    assertThat(ScriptParser.splitSeriesLine("{} 3")).containsExactly("{}", "3");
    assertThat(ScriptParser.splitSeriesLine("c@st _ -30s")).containsExactly("c@st", "_ -30s");
  }

  @Test
  void scalarLinesAreGoNumbers() {
    assertThat(ScriptParser.scalarLine("3")).isEqualTo(3);
    assertThat(ScriptParser.scalarLine("-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(ScriptParser.scalarLine("0x10")).isEqualTo(16);
    assertThat(ScriptParser.scalarLine("{} 3")).isNull();
    assertThat(ScriptParser.scalarLine("foo")).isNull();
  }
}
