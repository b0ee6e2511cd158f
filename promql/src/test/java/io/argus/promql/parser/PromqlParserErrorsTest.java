package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every syntax and type error with Prometheus' wording and position. */
class PromqlParserErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      value = {
        "|1:1: parse error: no expression found in input",
        "1+|1:3: parse error: unexpected end of input",
        "*1|1:1: parse error: unexpected <op:*>",
        "(1))|1:5: parse error: unexpected right parenthesis ')'",
        "((1)|1:5: parse error: unclosed left parenthesis",
        "(1 2)|1:4: parse error: unexpected number \"2\"",
        "foo bar|1:5: parse error: unexpected identifier \"bar\"",
        "-=|1:2: parse error: unexpected \"=\"",
        "++-++-+-+-<|1:11: parse error: unexpected <op:<>",
        "1 == 1|1:3: parse error: comparisons between scalars must use BOOL modifier",
        "1 and 1|1:1: parse error: set operator \"and\" not allowed in binary scalar expression",
        "1 or on(bar) foo|1:1: parse error: vector matching only allowed between instant vectors",
        "foo == on(bar) 10|1:1: parse error: vector matching only allowed between instant vectors",
        "foo + group_left(baz) bar|1:7: parse error: unexpected <group_left>",
        "a - on(b) ignoring(c) d|1:11: parse error: unexpected <ignoring>",
        "foo and on(bar) group_left(baz) bar|1:1: parse error: no grouping allowed for \"and\" operation",
        "foo unless on(bar) group_right(baz) bar|1:1: parse error: no grouping allowed for \"unless\" operation",
        "a{g=\"p\"} + on(instance) group_left(job,instance) b|1:10: parse error: label \"instance\" must not occur in ON and GROUP clause at once",
        "foo + bool bar|1:5: parse error: bool modifier can only be used on comparison operators",
        "foo and bool 10|1:5: parse error: bool modifier can only be used on comparison operators",
        "foo[5m] + 1|1:1: parse error: binary expression must contain only scalar and instant vector types",
        "1 + foo[5m]|1:5: parse error: binary expression must contain only scalar and instant vector types",
        "\"a\" + 1|1:1: parse error: binary expression must contain only scalar and instant vector types",
        "1 + fill(0) foo|1:1: parse error: fill modifiers only allowed between instant vectors",
        "a and fill(0) b|1:1: parse error: fill modifiers not allowed for \"and\" operation",
        "a + fill(x) b|1:10: parse error: unexpected identifier \"x\" in fill modifier, expected number",
        "-\"foo\"|1:1: parse error: unary expression only allowed on expressions of type scalar or instant vector, got \"string\"",
        "{|1:2: parse error: unexpected end of input inside braces",
        "}|1:1: parse error: unexpected character: '}'",
        "some_metric{a=b}|1:15: parse error: unexpected identifier \"b\" in label matching, expected string",
        "some_metric{a:b=\"b\"}|1:14: parse error: unexpected character inside braces: ':'",
        "foo{gibberish}|1:14: parse error: unexpected \"}\" in label matching, expected label matching operator",
        "foo{,}|1:5: parse error: unexpected \",\" in label matching, expected identifier or \"}\"",
        "foo{a=\"b\" lol}|1:11: parse error: unexpected identifier \"lol\" in label matching, expected \",\" or \"}\"",
        "foo{a=\"b\" by}|1:11: parse error: unexpected identifier \"by\" in label matching, expected \",\" or \"}\"",
        "foo{a==\"b\"}|1:7: parse error: unexpected \"=\" in label matching, expected string",
        "{}|1:1: parse error: vector selector must contain at least one non-empty matcher",
        "{x=\"\"}|1:1: parse error: vector selector must contain at least one non-empty matcher",
        "{x=~\".*\"}|1:1: parse error: vector selector must contain at least one non-empty matcher",
        "{x!~\".+\"}|1:1: parse error: vector selector must contain at least one non-empty matcher",
        "{x!=\"a\"}|1:1: parse error: vector selector must contain at least one non-empty matcher",
        "foo{__name__=\"bar\"}|1:1: parse error: metric name must not be set twice: \"foo\" or \"bar\"",
        "{\"foo\", \"bar\"}|1:1: parse error: metric name must not be set twice: \"foo\" or \"bar\"",
        "foo[5mm]|1:5: parse error: bad number or duration syntax: \"5mm\"",
        "foo[1.5m]|1:5: parse error: unknown unit \".\" in duration \"1.5m\"",
        "foo[5y1hs]|1:5: parse error: unknown unit \"hs\" in duration \"5y1hs\"",
        "foo[0m]|1:5: parse error: duration must be greater than 0",
        "foo[-1]|1:5: parse error: duration must be greater than 0",
        "foo[5m - 5m]|1:5: parse error: duration must be greater than 0",
        "foo[9.5e10]|1:5: parse error: duration out of range",
        "foo offset 9.5e10|1:12: parse error: duration out of range",
        "foo[step]|1:9: parse error: unexpected \"]\" in subquery or range selector, expected number, duration, step(), or range()",
        "foo[step()/0d]|1:11: parse error: division by zero",
        "foo offset (4d/0)|1:15: parse error: division by zero",
        "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999|1:1: parse error: error parsing number: strconv.ParseFloat: parsing \"999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\": value out of range",
        "foo[30m1h]|1:5: parse error: not a valid duration string: \"30m1h\"",
        "foo[5m|1:7: parse error: unexpected end of input in duration expression",
        "foo{bar=\"baz\"}[|1:16: parse error: unexpected end of input in duration expression",
        "foo[5m x]|1:8: parse error: unexpected character: 'x', expected ':'",
        "foo[5m 1m]|1:8: parse error: unexpected duration \"1m\" in subquery or range, expected \":\" or \"]\"",
        "foo[]|1:5: parse error: unexpected \"]\" in subquery or range selector, expected number, duration, step(), or range()",
        "foo[5m:x]|1:8: parse error: unexpected character: 'x', expected ':'",
        "foo[1h:5m:5m]|1:10: parse error: unexpected colon ':'",
        "foo[1/0]|1:6: parse error: division by zero",
        "foo[1m % 0]|1:8: parse error: modulo by zero",
        "foo offset 1s offset 2s|1:1: parse error: offset may not be set multiple times",
        "foo offset|1:11: parse error: unexpected end of input in offset, expected number, duration, step(), or range()",
        "sum(x) offset 5m|1:1: parse error: offset modifier must be preceded by an instant vector selector or range vector selector or a subquery",
        "(foo) offset 5m|1:1: parse error: offset modifier must be preceded by an instant vector selector or range vector selector or a subquery",
        "rate(some_metric[5m]) @ 1234|1:1: parse error: @ modifier must be preceded by an instant vector selector or range vector selector or a subquery",
        "foo @ +Inf|1:1: parse error: timestamp out of bounds for @ modifier: +Inf",
        "foo @ -Inf|1:1: parse error: timestamp out of bounds for @ modifier: -Inf",
        "foo @ NaN|1:1: parse error: timestamp out of bounds for @ modifier: NaN",
        "foo @ 1e20|1:1: parse error: timestamp out of bounds for @ modifier: 100000000000000000000.000000",
        "foo @ start() @ start()|1:1: parse error: @ <timestamp> may not be set multiple times",
        "foo @ 1 @ end()|1:1: parse error: @ <timestamp> may not be set multiple times",
        "foo @ start|1:12: parse error: unexpected end of input in @, expected \"(\"",
        "foo @ bar|1:7: parse error: unexpected identifier \"bar\" in @, expected timestamp",
        "rate(food[1m])[1h] offset 1h|1:15: parse error: ranges only allowed for vector selectors",
        "foo offset 5m[1h]|1:14: parse error: no offset modifiers allowed before range",
        "foo @ 1[1h]|1:8: parse error: no @ modifiers allowed before range",
        "test[5d] OFFSET 10s [10m:5s]|1:1: parse error: subquery is only allowed on instant vector, got matrix instead",
        "1[5m:]|1:1: parse error: subquery is only allowed on instant vector, got scalar instead",
        "sum(x) smoothed|1:1: parse error: smoothed modifier must be preceded by an instant vector selector or range vector selector",
        "foo[5m] anchored smoothed|1:1: parse error: anchored or smoothed modifier may not be set multiple times",
        "sum without(==)(some_metric)|1:13: parse error: unexpected <op:==> in grouping opts, expected label",
        "sum without(,)(some_metric)|1:13: parse error: unexpected \",\" in grouping opts, expected label",
        "sum without(foo,,)(some_metric)|1:17: parse error: unexpected \",\" in grouping opts, expected label",
        "sum by (a b) (x)|1:11: parse error: unexpected identifier \"b\" in grouping opts, expected \",\" or \")\"",
        "sum by (\"\") (x)|1:9: parse error: invalid label name for grouping: \"\"",
        "sum some_metric by (test)|1:5: parse error: unexpected identifier \"some_metric\"",
        "sum (some_metric) by test|1:22: parse error: unexpected identifier \"test\" in grouping opts, expected \"(\"",
        "sum by (test)|1:14: parse error: unexpected end of input in aggregation",
        "sum () by (test)|1:1: parse error: no arguments for aggregate expression provided",
        "MIN keep_common (some_metric)|1:5: parse error: unexpected identifier \"keep_common\"",
        "sum (some_metric) without (test) by (test)|1:34: parse error: unexpected <by>",
        "sum without (test) (some_metric) by (test)|1:34: parse error: unexpected <by>",
        "sum(foo bar)|1:9: parse error: unexpected identifier \"bar\" in aggregation",
        "topk(some_metric)|1:1: parse error: wrong number of arguments for aggregate expression provided, expected 2, got 1",
        "sum(a, b)|1:1: parse error: wrong number of arguments for aggregate expression provided, expected 1, got 2",
        "topk(some_metric,)|1:17: parse error: trailing commas not allowed in function call args",
        "topk(some_metric, other_metric)|1:6: parse error: expected type scalar in aggregation parameter, got instant vector",
        "count_values(5, other_metric)|1:14: parse error: expected type string in aggregation parameter, got scalar",
        "sum(rate(x))|1:10: parse error: expected type range vector in call to function \"rate\", got instant vector",
        "sum(x[5m])|1:5: parse error: expected type instant vector in aggregation expression, got range vector",
        "floor()|1:1: parse error: expected 1 argument(s) in call to \"floor\", got 0",
        "floor(some_metric, other_metric)|1:1: parse error: expected 1 argument(s) in call to \"floor\", got 2",
        "floor(1)|1:7: parse error: expected type instant vector in call to function \"floor\", got scalar",
        "hour(some_metric, some_metric, some_metric)|1:1: parse error: expected at most 1 argument(s) in call to \"hour\", got 3",
        "label_join(a, \"b\")|1:1: parse error: expected at least 3 argument(s) in call to \"label_join\", got 2",
        "label_join(a, \"b\", \"c\", 1)|1:25: parse error: expected type string in call to function \"label_join\", got scalar",
        "time(some_metric)|1:1: parse error: expected 0 argument(s) in call to \"time\", got 1",
        "non_existent_function_far_bar()|1:1: parse error: unknown function with name \"non_existent_function_far_bar\"",
        "holt_winters(x[5m], 0.5, 0.5)|1:1: parse error: unknown function with name \"holt_winters\"",
        "rate(some_metric)|1:6: parse error: expected type range vector in call to function \"rate\", got instant vector",
        "rate(avg)|1:6: parse error: expected type range vector in call to function \"rate\", got instant vector",
        "a>b()|1:3: parse error: unknown function with name \"b\"",
        "rate(x[5m],)|1:11: parse error: trailing commas not allowed in function call args",
        "info(x, 1)|1:9: parse error: expected label selectors only",
        "info(x, {a=\"b\"} == 1)|1:9: parse error: expected label selectors only",
        "info(x, target_info{a=\"b\"})|1:9: parse error: expected label selectors only, got vector selector instead",
        "bool|1:1: parse error: unexpected <bool>",
        "on(x)|1:1: parse error: unexpected <on>",
        "\"\\q\"|1:1: parse error: unknown escape sequence U+0071 'q'",
        "1_0.5|1:1: parse error: error parsing number: strconv.ParseFloat: parsing \"1_0.5\": invalid syntax",
        "foo{\"a\\xff\"=\"b\"}|1:5: parse error: invalid label name \"a\\xff\""
      })
  void reportsPrometheusErrors(String query, String message) {
    assertThatThrownBy(() -> PromqlParser.parseExpr(query == null ? "" : query))
        .isInstanceOf(ParseException.class)
        .hasMessage(message);
  }

  @Test
  void invalidRegexNamesTheMatcher() {
    assertThatThrownBy(() -> PromqlParser.parseExpr("foo{a=~\"(\"}"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("1:5: parse error: invalid regular expression \"(\"");
  }

  @Test
  void positionsCountLinesAndUtf8Bytes() {
    ParseException error =
        (ParseException) org.assertj.core.api.Assertions.catchThrowable(
            () -> PromqlParser.parseExpr("foo +\n  \"é\" * *"));
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(10); // "  \"é\" * " is 8 characters but 9 bytes
    assertThat(error.offset()).isEqualTo(14);
    assertThat(error.detail()).isEqualTo("unexpected <op:*>");
    assertThat(error.offendingText()).isEqualTo("*");
    assertThat(error).hasMessage("2:10: parse error: unexpected <op:*>");
  }

  @Test
  void typeErrorsPointAtTheOperand() {
    ParseException error =
        (ParseException) org.assertj.core.api.Assertions.catchThrowable(
            () -> PromqlParser.parseExpr("sum(rate(x{a=\"b\"}))"));
    assertThat(error.offendingText()).isEqualTo("x{a=\"b\"}");
    assertThat(error.position().start()).isEqualTo(9);
  }

  @Test
  void commentsDoNotHideErrors() {
    assertThatThrownBy(() -> PromqlParser.parseExpr("foo # comment\n+ # another\n"))
        .hasMessage("3:1: parse error: unexpected end of input");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    for (String query :
        List.of(
            "(".repeat(5000) + "1" + ")".repeat(5000),
            "a" + " or a".repeat(5000),
            "-".repeat(5000) + "a",
            "2" + " ^ 2".repeat(5000),
            "foo[" + "(".repeat(5000) + "1" + ")".repeat(5000) + "]",
            "foo offset " + "-".repeat(5000) + "step()")) {
      assertThatThrownBy(() -> PromqlParser.parseExpr(query))
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("query is nested too deeply: more than 1000 levels");
    }
    assertThat(PromqlParser.parseExpr("(".repeat(900) + "1" + ")".repeat(900))).isNotNull();
    assertThat(PromqlParser.parseExpr("a" + " or a".repeat(900))).isNotNull();
  }
}
