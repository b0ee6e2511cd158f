package io.argus.scrape.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloatParserTest {

  private static double parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return FloatParser.parse(bytes, 0, bytes.length);
  }

  @Property
  void agreesWithJavaOnEveryDoubleItPrints(@ForAll double value) {
    String text = Double.toString(value).replace("Infinity", "Inf");
    assertThat(Double.doubleToRawLongBits(parse(text)))
        .isEqualTo(Double.isNaN(value)
            ? Double.doubleToRawLongBits(FloatParser.GO_NAN)
            : Double.doubleToRawLongBits(value));
  }

  @Property
  void agreesWithJavaOnPlainDecimals(@ForAll long mantissa, @ForAll("smallExponents") int exponent) {
    String text = mantissa + "e" + exponent;
    assertThat(parse(text)).isEqualTo(Double.parseDouble(text));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> smallExponents() {
    return net.jqwik.api.Arbitraries.integers().between(-40, 40);
  }

  @Property
  void parsesEveryLong(@ForAll long value) {
    byte[] bytes = Long.toString(value).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(FloatParser.parseLong(bytes, 0, bytes.length)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "1d", "1f", " 1", "1 ", "0x1", "1e", "1e+", "+nan", "-NaN", "infinit", "Infinity1",
      "1.2.3", "--1", "0x", "0xp1", "1_000", "e5", "."})
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1.0", "", "-", "12a"})
  void rejectsBadIntegers(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> FloatParser.parseLong(bytes, 0, bytes.length))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
