package io.argus.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrometheusDurationTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0", "15s, 15000", "1h30m, 5400000", "2d, 172800000", "1w, 604800000",
    "1y, 31536000000", "500ms, 500", "1m30s500ms, 90500", "1y2w3d4h5m6s7ms, 33019506007"
  })
  void parsesPrometheusSyntax(String text, long millis) {
    assertThat(PrometheusDuration.parseMillis(text)).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "s", "1.5m", "1m1h", "1s1s", "-1s", "1 s", "1x", "10msx", "99999999999999999999s"})
  void rejectsWhatPrometheusRejects(String text) {
    assertThatThrownBy(() -> PrometheusDuration.parseMillis(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void formatsLargestUnitsFirst() {
    assertThat(PrometheusDuration.format(5_400_000)).isEqualTo("1h30m");
    assertThat(PrometheusDuration.format(86_400_000)).isEqualTo("1d");
    assertThat(PrometheusDuration.format(0)).isEqualTo("0s");
    assertThat(PrometheusDuration.format(1_500)).isEqualTo("1s500ms");
    assertThat(PrometheusDuration.format(15L * 86_400_000)).isEqualTo("15d");
    assertThat(PrometheusDuration.format(14L * 86_400_000)).isEqualTo("2w");
    assertThat(PrometheusDuration.format(365L * 86_400_000 + 3_600_000)).isEqualTo("365d1h");
  }

  @Property
  void formatThenParseIsIdentity(@ForAll @LongRange(min = 0, max = 1L << 50) long millis) {
    assertThat(PrometheusDuration.parseMillis(PrometheusDuration.format(millis))).isEqualTo(millis);
  }
}
