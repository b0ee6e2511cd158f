package io.argus.promql.printer;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Matcher;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.parser.PromqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromqlPrinterTest {

  private static String prettify(String query) {
    return PromqlPrinter.prettify(PromqlParser.parseExpr(query));
  }

  @Test
  void shortQueriesStayOnOneLine() {
    assertThat(prettify("sum by (job) (rate(x[5m]))")).isEqualTo("sum by (job) (rate(x[5m]))");
  }

  @Test
  void longBinaryExpressionPutsTheOperatorBetweenIndentedOperands() {
    assertThat(
            prettify(
                "sum by (job) (rate(http_requests_total{job=\"api-server\",handler=\"/api/v1/query\",method=\"GET\"}[5m]))"
                    + " / on (job) group_left sum by (job) (up{job=\"api-server\"})"))
        .isEqualTo(
            """
              sum by (job) (rate(http_requests_total{handler="/api/v1/query",job="api-server",method="GET"}[5m]))
            / on (job) group_left ()
              sum by (job) (up{job="api-server"})""");
  }

  @Test
  void longCallsAndAggregationsOpenAndCloseOnTheirOwnLines() {
    assertThat(
            prettify(
                "histogram_quantile(0.99, sum by (le, job, instance, handler) (rate(http_request_duration_seconds_bucket{job=\"api-server\"}[5m])))"))
        .isEqualTo(
            """
            histogram_quantile(
              0.99,
              sum by (le, job, instance, handler) (
                rate(http_request_duration_seconds_bucket{job="api-server"}[5m])
              )
            )""");
  }

  @Test
  void unarySignSticksToItsSplitOperand() {
    assertThat(
            prettify(
                "topk(10, -(sum by (very_long_label_name_number_one, very_long_label_name_number_two) (rate(some_metric_total[5m]))))"))
        .isEqualTo(
            """
            topk(
              10,
              -(
                sum by (very_long_label_name_number_one, very_long_label_name_number_two) (
                  rate(some_metric_total[5m])
                )
              )
            )""");
  }

  @Test
  void longSubqueryKeepsItsSuffixOnTheLastLine() {
    assertThat(
            prettify(
                "(rate(http_requests_total{job=\"api-server\",handler=\"/api/v1/query\",method=\"GET\",code=\"200\"}[5m]))[30m:1m]"))
        .isEqualTo(
            "(rate(http_requests_total{code=\"200\",handler=\"/api/v1/query\",job=\"api-server\",method=\"GET\"}[5m]))[30m:1m]");
  }

  @Test
  void printsTreesBuiltByCode() {
    VectorSelector selector =
        new VectorSelector(
            "up", List.of(Matcher.equal("__name__", "up"), Matcher.notEqual("job", "")), -90_000, AtModifier.NONE, PositionRange.NONE);
    BinaryExpr binary =
        new BinaryExpr(
            BinaryOperator.GTR,
            selector,
            new NumberLiteral(0.5, PositionRange.NONE),
            true,
            null,
            PositionRange.NONE);
    assertThat(PromqlPrinter.print(binary)).isEqualTo("up{job!=\"\"} offset -1m30s > bool 0.5");
    BinaryExpr matched =
        new BinaryExpr(
            BinaryOperator.ADD,
            selector,
            selector,
            false,
            new VectorMatching(VectorMatching.Cardinality.ONE_TO_MANY, List.of(), false, List.of("a")),
            PositionRange.NONE);
    assertThat(PromqlPrinter.print(matched))
        .isEqualTo("up{job!=\"\"} offset -1m30s + ignoring () group_right (a) up{job!=\"\"} offset -1m30s");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0s", "1, 1ms", "1500, 1s500ms", "60000, 1m", "5400000, 1h30m", "86400000, 1d",
    "604800000, 1w", "691200000, 8d", "7776000000, 90d", "31536000000, 1y", "31622400000, 366d",
    "-300000, -5m"
  })
  void formatsDurationsAsPrometheus(long millis, String text) {
    assertThat(PromqlPrinter.formatDuration(millis)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1", "-1, -1", "0.5, 0.5", "100000, 100000", "1000000, 1e+06", "123456789, 1.23456789e+08",
    "0.0001, 0.0001", "0.00001, 1e-05", "1.5e-7, 1.5e-07", "1e21, 1e+21", "1e100, 1e+100",
    "0.1, 0.1", "249.99999999999997, 249.99999999999997", "-0.0, -0"
  })
  void formatsFloatsAsGo(double value, String text) {
    assertThat(GoFloat.formatShortest(value)).isEqualTo(text);
  }

  @Test
  void formatsSpecialFloatsAsGo() {
    assertThat(GoFloat.formatShortest(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoFloat.formatShortest(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(GoFloat.formatShortest(Double.NaN)).isEqualTo("NaN");
    assertThat(GoFloat.formatFixed(1.0005, 3)).isEqualTo("1.000"); // 1.0005 is just below in binary
    assertThat(GoFloat.formatFixed6(1e20)).isEqualTo("100000000000000000000.000000");
  }

  @Test
  void quotesAsGo() {
    assertThat(GoQuote.quote("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
    assertThat(GoQuote.quote("é日本\uD83D\uDE00")).isEqualTo("\"é日本\uD83D\uDE00\"");
    assertThat(GoQuote.quote("\u0000\u007f\u0007\u000b")).isEqualTo("\"\\x00\\x7f\\a\\v\"");
    assertThat(GoQuote.quote("\u200b")).isEqualTo("\"\\u200b\"");
    assertThat(GoQuote.quote("a\uDCC5z")).isEqualTo("\"a\\xc5z\"");
    assertThat(GoQuote.quoteRune('\'')).isEqualTo("'\\''");
    assertThat(GoQuote.quoteShortened("abcdefghijklmnop")).isEqualTo("\"abcdefghij\"...");
    assertThat(GoQuote.describeRune('q')).isEqualTo("U+0071 'q'");
  }
}
