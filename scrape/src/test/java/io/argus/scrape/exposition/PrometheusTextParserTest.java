package io.argus.scrape.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrometheusTextParserTest {

  private static List<ParsedLine> parse(String text) {
    return ParsedLine.parseAll(new PrometheusTextParser(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ParsedLine series(String text) {
    return new ParsedLine(ExpositionEntry.SERIES, text);
  }

  @Test
  void parsesAnExpositionWithMetadataCommentsAndBlankLines() {
    String text = """
        # HELP go_gc_duration_seconds A summary of the pause duration.
        # TYPE go_gc_duration_seconds summary
        go_gc_duration_seconds{quantile="0"} 4.9351e-05
        go_gc_duration_seconds_sum 0.000154
        # some free comment

          node_load1   0.5   1700000000000
        http_requests_total{method="post",code="200",} 1027 1395066363000
        """;
    assertThat(parse(text)).containsExactly(
        new ParsedLine(ExpositionEntry.HELP, "go_gc_duration_seconds A summary of the pause duration."),
        new ParsedLine(ExpositionEntry.TYPE, "go_gc_duration_seconds SUMMARY"),
        series("{__name__=\"go_gc_duration_seconds\", quantile=\"0\"} 4.9351E-5"),
        series("{__name__=\"go_gc_duration_seconds_sum\"} 1.54E-4"),
        new ParsedLine(ExpositionEntry.COMMENT, ""),
        series("{__name__=\"node_load1\"} 0.5 @1700000000000"),
        series("{__name__=\"http_requests_total\", code=\"200\", method=\"post\"} 1027.0 @1395066363000"));
  }

  @Test
  void unescapesLabelValuesAndHelpText() {
    String text = "# HELP m a \\\\ b \\n c \\t\nm{path=\"C:\\\\dir\\\"x\\\"\\nnext\"} 1\n";
    PrometheusTextParser parser = new PrometheusTextParser(text.getBytes(StandardCharsets.UTF_8));
    assertThat(parser.next()).isEqualTo(ExpositionEntry.HELP);
    assertThat(parser.text()).isEqualTo("a \\ b \n c \\t");
    assertThat(parser.next()).isEqualTo(ExpositionEntry.SERIES);
    assertThat(parser.labels().get("path")).isEqualTo("C:\\dir\"x\"\nnext");
  }

  @Test
  void acceptsTabsAndBlanksInsideTheLabelBlockAndNoFinalNewline() {
    assertThat(parse("m\t{ a = \"1\" ,\tb=\"2\" }\t-Inf")).containsExactly(
        series("{__name__=\"m\", a=\"1\", b=\"2\"} -Infinity"));
  }

  @Test
  void exposesTheRawSeriesBytesAsTheCacheKey() {
    byte[] body = "abc{x=\"1\"} 2 3\nabc 4\n".getBytes(StandardCharsets.UTF_8);
    PrometheusTextParser parser = new PrometheusTextParser(body);
    parser.next();
    assertThat(new String(body, parser.seriesStart(), parser.seriesEnd() - parser.seriesStart(),
        StandardCharsets.UTF_8)).isEqualTo("abc{x=\"1\"}");
    parser.next();
    assertThat(new String(body, parser.seriesStart(), parser.seriesEnd() - parser.seriesStart(),
        StandardCharsets.UTF_8)).isEqualTo("abc");
    assertThat(parser.next()).isEqualTo(ExpositionEntry.END);
    assertThat(parser.next()).isEqualTo(ExpositionEntry.END);
  }

  @Test
  void parsesTheSpecialFloatsAsGoDoes() {
    assertThat(parse("a NaN\nb +Inf\nc -inf\nd 1e3\ne 0x1p-2\nf .5\ng 1.\nh -0\n"))
        .extracting(ParsedLine::text)
        .containsExactly(
            "{__name__=\"a\"} NaN", "{__name__=\"b\"} Infinity", "{__name__=\"c\"} -Infinity",
            "{__name__=\"d\"} 1000.0", "{__name__=\"e\"} 0.25", "{__name__=\"f\"} 0.5",
            "{__name__=\"g\"} 1.0", "{__name__=\"h\"} -0.0");
  }

  @Test
  void parsesLabelsWithUtf8Values() {
    PrometheusTextParser parser =
        new PrometheusTextParser("m{city=\"Zürich 東京\"} 1\n".getBytes(StandardCharsets.UTF_8));
    parser.next();
    assertThat(parser.labels()).isEqualTo(Labels.of("__name__", "m", "city", "Zürich 東京"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      m{a="1"} x                | line 1, column 10: expected a sample value, found "x"
      m{a="1\\t"} 1             | line 1, column 8: expected an escape sequence
      m{a="1} 1                 | line 1, column 10: expected '"' to close the label value, found end of line
      m{a=1} 1                  | line 1, column 5: expected '"' to open the label value, found '1'
      m{="1"} 1                 | line 1, column 3: expected a label name or '}', found '='
      m{a="1" b="2"} 1          | line 1, column 9: expected ',' or '}' after the label value, found 'b'
      m                         | line 1, column 2: expected a space or '{' after the metric name, found end of line
      m 1 2 3                   | line 1, column 7: expected end of line after the timestamp, found '3'
      m 1 1.5                   | line 1, column 5: expected an integer timestamp in milliseconds
      # HELP                    | line 1, column 7: expected a space and a metric name after HELP, found end of line
      # HELP 1abc x             | line 1, column 8: expected a metric name after HELP, found '1'
      # TYPE m gauges           | line 1, column 10: expected a metric type
      # TYPE m                  | line 1, column 9: expected a space and a metric type after the metric name
      -m 1                      | line 1, column 1: expected a metric name, '#' or an empty line, found '-'
      m 1e999                   | line 1, column 3: expected a sample value, found "1e999" (number out of the range
      m 1 99999999999999999999  | line 1, column 5: expected an integer timestamp in milliseconds
      """)
  void reportsLineColumnExpectedAndFound(String line, String message) {
    String text = "ok 1\n" + line + "\n";
    PrometheusTextParser parser = new PrometheusTextParser(text.getBytes(StandardCharsets.UTF_8));
    parser.next();
    assertThatThrownBy(() -> ParsedLine.parseAll(parser))
        .isInstanceOf(ExpositionFormatException.class)
        .hasMessageStartingWith(message.replace("line 1", "line 2"));
  }

  @Test
  void aHugeValueWithManyDigitsIsStillAValue() {
    assertThat(parse("m 99999999999999999999\n")).extracting(ParsedLine::text)
        .containsExactly("{__name__=\"m\"} 1.0E20");
  }

  @Test
  void rejectsInvalidUtf8InLabelValuesWhenLabelsAreMaterialised() {
    byte[] body = {'m', '{', 'a', '=', '"', (byte) 0xc3, (byte) 0x28, '"', '}', ' ', '1', '\n'};
    PrometheusTextParser parser = new PrometheusTextParser(body);
    assertThat(parser.next()).isEqualTo(ExpositionEntry.SERIES);
    assertThatThrownBy(parser::labels)
        .isInstanceOf(ExpositionFormatException.class)
        .hasMessage("line 1, column 3: the value of label \"a\" is not valid UTF-8");
  }

  @Test
  void rejectsRepeatedLabelNames() {
    PrometheusTextParser parser =
        new PrometheusTextParser("m{a=\"1\",a=\"2\"} 1".getBytes(StandardCharsets.UTF_8));
    parser.next();
    assertThatThrownBy(parser::labels)
        .hasMessage("line 1, column 9: label name \"a\" appears more than once in a series");
  }

  @Test
  void mapsUntypedToUnknown() {
    assertThat(parse("# TYPE m untyped\n")).containsExactly(new ParsedLine(ExpositionEntry.TYPE, "m UNKNOWN"));
  }
}
