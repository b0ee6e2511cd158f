package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.promql.ast.Expr;
import io.argus.promql.printer.PromqlPrinter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the input, the parser returns a tree or throws {@link ParseException} (never another
 * exception), and terminates; and whatever it accepts it prints as text it accepts again, with
 * the same tree.
 */
class ParserRobustnessProperties {

  /** Characters and fragments that lead deep into the grammar, mixed with arbitrary text. */
  private static final String[] FRAGMENTS = {
    "sum", "by", "without", "(", ")", "{", "}", "[", "]", ":", ",", "=", "!=", "=~", "!~", "==",
    "<", ">/", "</", "+", "-", "*", "/", "%", "^", "@", "offset", " ", "\n", "#", "\"", "'", "`",
    "\\", "5m", "1.5", "0x1f", "1e3", "Inf", "NaN", "foo", "rate", "on", "ignoring", "group_left",
    "bool", "and", "or", "unless", "atan2", "topk", "count_values", "start()", "end()", "step()",
    "min_of", "anchored", "smoothed", "fill", "fill_left", "label_replace", "\"a\"", "'\\x'", "é",
    "\uD83D\uDE00", "\uDCC5", "9999999999999999999999", "."
  };

  @Provide
  Arbitrary<String> grammarSoup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Property(tries = 5000)
  void grammarFragmentsNeverBreakTheParser(@ForAll("grammarSoup") String query) {
    parseOrParseException(query);
  }

  @Property(tries = 3000)
  void randomBytesNeverBreakTheParser(@ForAll @Size(max = 64) byte[] bytes) {
    parseOrParseException(new String(bytes, StandardCharsets.UTF_8));
  }

  @Property(tries = 3000)
  void randomStringsNeverBreakTheParser(@ForAll @Size(max = 64) String query) {
    parseOrParseException(query);
  }

  private static void parseOrParseException(String query) {
    Expr parsed;
    try {
      parsed = PromqlParser.parseExpr(query);
    } catch (ParseException expected) {
      assertThat(expected.getMessage()).matches("(?s)\\d+:\\d+: parse error: .+");
      assertThat(expected.offset()).isBetween(0, query.length());
      return;
    }
    String printed = PromqlPrinter.print(parsed);
    assertThat(PositionFree.of(PromqlParser.parseExpr(printed))).as(printed).isEqualTo(PositionFree.of(parsed));
  }

  @Property(tries = 1000)
  void selectorAndSeriesEntryPointsOnlyThrowParseExceptions(@ForAll("grammarSoup") String text) {
    for (Runnable entry :
        new Runnable[] {
          () -> PromqlParser.parseMetricSelector(text),
          () -> PromqlParser.parseMetric(text),
          () -> PromqlParser.parseDuration(text)
        }) {
      try {
        entry.run();
      } catch (ParseException expected) {
        // the only failure allowed
      }
    }
  }
}
