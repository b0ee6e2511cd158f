package io.argus.template.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Round-trip and consistency properties of Go's float layouts. */
class GoFormatProperties {

  @Property(tries = 2000)
  void shortestFormsReadBackAsTheSameDouble(@ForAll double value) {
    for (char format : new char[] {'g', 'e', 'f'}) {
      String text = GoFormat.formatFloat(value, format, -1);
      if (Double.isNaN(value)) {
        assertThat(text).isEqualTo("NaN");
      } else {
        assertThat(Double.parseDouble(text.replace("+Inf", "Infinity").replace("-Inf", "-Infinity")))
            .isEqualTo(value);
      }
    }
  }

  @Property(tries = 2000)
  void fixedPrecisionMatchesJavaForOrdinaryValues(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value, @ForAll @IntRange(min = 0, max = 8) int decimals) {
    String go = GoFormat.sprintf("%." + decimals + "f", List.of(value));
    String expected = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    if (negative && !expected.startsWith("-")) {
      expected = "-" + expected; // Go keeps the sign of a negative value that rounds to zero
    }
    assertThat(go).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void significantDigitsNeverExceedThePrecision(
      @ForAll @DoubleRange(min = -1e30, max = 1e30) double value, @ForAll @IntRange(min = 1, max = 10) int precision) {
    String text = GoFormat.formatFloat(value, 'g', precision);
    String mantissa = text.replaceFirst("^-", "").replaceFirst("e.*$", "").replace(".", "").replaceFirst("^0+", "");
    assertThat(mantissa.length()).isLessThanOrEqualTo(Math.max(precision, 1));
    assertThat(Double.parseDouble(text)).isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(100.0 / Math.pow(10, precision - 1) + 1e-9));
  }
}
