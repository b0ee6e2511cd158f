package io.argus.scrape.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenMetricsParserTest {

  private static List<ParsedLine> parse(String text) {
    return ParsedLine.parseAll(new OpenMetricsParser(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void parsesMetadataExemplarsCreatedAndSecondTimestamps() {
    String text = """
        # TYPE acme_http_router_request_seconds summary
        # UNIT acme_http_router_request_seconds seconds
        # HELP acme_http_router_request_seconds Latency though all of ACME's "router".
        acme_http_router_request_seconds_sum{path="/api/v1",method="GET"} 9036.32
        acme_http_router_request_seconds_created{path="/api/v1",method="GET"} 1605281325.0
        # TYPE foo histogram
        foo_bucket{le="0.01"} 0 123.456
        foo_bucket{le="+Inf"} 17 # {trace_id="KOO5S4vxi0o"} 0.67
        foo_bucket{le="1"} 7 1520879607.789 # {trace_id="oHg5SJYRHA0"} 9.8e-2 1520879607.7891
        # TYPE s stateset
        s{s="a"} 1
        # TYPE i info
        i_info{version="1.0"} 1
        # TYPE g gaugehistogram
        g_gcount 3
        # EOF
        """;
    assertThat(parse(text)).containsExactly(
        new ParsedLine(ExpositionEntry.TYPE, "acme_http_router_request_seconds SUMMARY"),
        new ParsedLine(ExpositionEntry.UNIT, "acme_http_router_request_seconds seconds"),
        new ParsedLine(ExpositionEntry.HELP, "acme_http_router_request_seconds Latency though all of ACME's \"router\"."),
        new ParsedLine(ExpositionEntry.SERIES,
            "{__name__=\"acme_http_router_request_seconds_sum\", method=\"GET\", path=\"/api/v1\"} 9036.32"),
        new ParsedLine(ExpositionEntry.SERIES,
            "{__name__=\"acme_http_router_request_seconds_created\", method=\"GET\", path=\"/api/v1\"} 1.605281325E9"),
        new ParsedLine(ExpositionEntry.TYPE, "foo HISTOGRAM"),
        new ParsedLine(ExpositionEntry.SERIES, "{__name__=\"foo_bucket\", le=\"0.01\"} 0.0 @123456"),
        new ParsedLine(ExpositionEntry.SERIES,
            "{__name__=\"foo_bucket\", le=\"+Inf\"} 17.0 # {trace_id=\"KOO5S4vxi0o\"} 0.67"),
        new ParsedLine(ExpositionEntry.SERIES,
            "{__name__=\"foo_bucket\", le=\"1\"} 7.0 @1520879607789 # {trace_id=\"oHg5SJYRHA0\"} 0.098 @1520879607789"),
        new ParsedLine(ExpositionEntry.TYPE, "s STATESET"),
        new ParsedLine(ExpositionEntry.SERIES, "{__name__=\"s\", s=\"a\"} 1.0"),
        new ParsedLine(ExpositionEntry.TYPE, "i INFO"),
        new ParsedLine(ExpositionEntry.SERIES, "{__name__=\"i_info\", version=\"1.0\"} 1.0"),
        new ParsedLine(ExpositionEntry.TYPE, "g GAUGE_HISTOGRAM"),
        new ParsedLine(ExpositionEntry.SERIES, "{__name__=\"g_gcount\"} 3.0"));
  }

  @Test
  void acceptsEofWithoutFinalNewline() {
    assertThat(parse("a 1\n# EOF")).hasSize(1);
  }

  @Test
  void unescapesQuotesInHelp() {
    OpenMetricsParser parser = new OpenMetricsParser(
        "# HELP m say \\\"hi\\\" \\\\ \\n\n# EOF\n".getBytes(StandardCharsets.UTF_8));
    parser.next();
    assertThat(parser.text()).isEqualTo("say \"hi\" \\ \n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a 1\\n                          | line 2, column 1: expected '# EOF' as the last line, found end of input
      a 1\\n\\n# EOF\\n               | line 2, column 1: expected a metric name or '#' (OpenMetrics allows no empty lines)
      a 1\\n# EOF\\nb 2\\n            | line 3, column 1: unexpected data after '# EOF'
      a  1\\n# EOF\\n                 | line 1, column 3: expected a sample value, found a space
      # comment\\n# EOF\\n            | line 1, column 3: expected HELP, TYPE, UNIT or EOF after '# '
      # TYPE a untyped\\n# EOF\\n     | line 1, column 10: expected a metric type
      a 1 NaN\\n# EOF\\n              | line 1, column 5: expected a finite timestamp in seconds, found NaN
      a 1 # {x="y"}\\n# EOF\\n        | line 1, column 14: expected a space after the exemplar's labels, found end of line
      a 1 # x\\n# EOF\\n              | line 1, column 7: expected '{' to open the exemplar's labels, found 'x'
      a{b="c"}1\\n# EOF\\n            | line 1, column 9: expected a space after the labels, found '1'
      a 1 2 3\\n# EOF\\n              | line 1, column 7: expected '#' to start an exemplar, found '3'
      a 1                             | line 1, column 4: expected end of line, found end of input
      """)
  void reportsLineColumnExpectedAndFound(String escapedText, String message) {
    String text = escapedText.replace("\\n", "\n");
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ExpositionFormatException.class)
        .hasMessageStartingWith(message);
  }
}
