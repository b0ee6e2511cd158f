package io.argus.scrape.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated inputs: a parser may only end normally or with its own exception, and always
 * ends (each call of next() consumes input or returns END, so the entry count is bounded by the
 * number of bytes).
 */
class ExpositionParserRobustnessProperties {

  private static final String SEED = """
      # HELP m help \\\\ text \\n
      # TYPE m counter
      # UNIT m seconds
      m_total{a="x\\"y",b="\\n"} 1.5e3 1700000000 # {t="1"} 2 1.5
      m_created 17.5
      h_bucket{le="+Inf",} NaN -12
      # EOF
      """;

  @Property(tries = 3000)
  void randomBytesNeverCrashOrHang(@ForAll("randomBodies") byte[] body) {
    assertOnlyOwnErrors(new PrometheusTextParser(body), body.length);
    assertOnlyOwnErrors(new OpenMetricsParser(body), body.length);
  }

  @Property(tries = 3000)
  void mutatedValidInputNeverCrashesOrHangs(@ForAll("mutatedBodies") byte[] body) {
    assertOnlyOwnErrors(new PrometheusTextParser(body), body.length);
    assertOnlyOwnErrors(new OpenMetricsParser(body), body.length);
  }

  private static void assertOnlyOwnErrors(ExpositionParser parser, int length) {
    int entries = 0;
    try {
      for (ExpositionEntry entry = parser.next(); entry != ExpositionEntry.END; entry = parser.next()) {
        entries++;
        assertThat(entries).isLessThanOrEqualTo(length + 1);
        if (entry == ExpositionEntry.SERIES) {
          parser.labels();
          if (parser.hasExemplar()) {
            parser.exemplarLabels();
          }
        } else if (entry == ExpositionEntry.HELP || entry == ExpositionEntry.UNIT) {
          parser.text();
          parser.metricName();
        }
      }
    } catch (ExpositionFormatException expected) {
      assertThat(expected.lineNumber()).isPositive();
      assertThat(expected.columnNumber()).isPositive();
    }
  }

  @Provide
  Arbitrary<byte[]> randomBodies() {
    Arbitrary<Byte> interesting = Arbitraries.of(
        (byte) '#', (byte) ' ', (byte) '\n', (byte) '{', (byte) '}', (byte) '"', (byte) '\\', (byte) '=',
        (byte) ',', (byte) 'a', (byte) '1', (byte) 'e', (byte) '.', (byte) '-', (byte) 0xc3, (byte) 0xff);
    return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(200);
  }

  @Provide
  Arbitrary<byte[]> mutatedBodies() {
    byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
    return Arbitraries.integers().between(0, seed.length - 1).list().ofMinSize(1).ofMaxSize(6)
        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
          byte[] copy = seed.clone();
          for (int i = 0; i < positions.size(); i++) {
            copy[positions.get(i)] = values.get(i);
          }
          return copy;
        }));
  }
}
