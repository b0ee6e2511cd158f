package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorMatching.Cardinality;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.printer.PromqlPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every construct of the language, checked through its canonical printed form and its tree. */
class PromqlParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      value = {
        // literals
        "1|1", "-1.5|-1.5", "0x1F|31", "0X_ff|255", "017|15", "09|9", "1_000|1000", "1e3|1000",
        "1e6|1e+06", "1.5e-7|1.5e-07", ".5|0.5", "5.|5", "123456|123456", "Inf|Inf", "Inf ^ 2|Inf ^ 2",
        "-inf|-Inf", "NaN|NaN", "+5|5", "--5|5", "5m|300", "1h30m|5400",
        "\"a\\nb\"|\"a\\nb\"", "'single \"q\"'|\"single \\\"q\\\"\"", "`raw\\n`|\"raw\\\\n\"",
        "\"\\x41\\u00e9\"|\"Aé\"", "\"a\\xc5z\"|\"a\\xc5z\"",
        // selectors
        "foo|foo", "foo{}|foo", "foo{b=\"2\",a=~\"1\"}|foo{a=~\"1\",b=\"2\"}",
        "foo{a!=\"1\",b!~\"2\",}|foo{a!=\"1\",b!~\"2\"}", "{__name__=\"foo\"}|{__name__=\"foo\"}",
        "{__name__=~\"foo.*\"}|{__name__=~\"foo.*\"}", "{\"foo\"}|foo",
        "{\"my.metric\", \"label.x\"=\"v\"}|{\"my.metric\",\"label.x\"=\"v\"}",
        "{\"foo\", a=\"b\"}|foo{a=\"b\"}", "job:rate5m:sum|job:rate5m:sum",
        "sum|sum", "by|by", "offset|offset", "start|start", "sum + by|sum + by",
        "foo{by=\"x\", on=\"y\"}|foo{by=\"x\",on=\"y\"}", "foo{a=\"\\\\d+\"}|foo{a=\"\\\\d+\"}",
        // ranges, offsets, @
        "foo[5m]|foo[5m]", "foo[300]|foo[5m]", "foo[90m]|foo[1h30m]", "foo[7d]|foo[1w]",
        "foo[8d]|foo[8d]", "foo[1.5]|foo[1s500ms]", "foo[1y]|foo[1y]", "foo[ 5m ]|foo[5m]",
        "foo offset 5m|foo offset 5m", "foo OFFSET -5m|foo offset -5m", "foo offset 100|foo offset 1m40s",
        "foo @ 100|foo @ 100.000", "foo @ -1.5|foo @ -1.500", "foo @ 1e3|foo @ 1000.000",
        "foo @ start()|foo @ start()", "foo offset 1m @ end()|foo @ end() offset 1m",
        "foo[5m] @ 1.5 offset 2m|foo[5m] @ 1.500 offset 2m", "foo[5m] offset 1w|foo[5m] offset 1w",
        // subqueries
        "rate(foo[5m])[30m:1m]|rate(foo[5m])[30m:1m]", "foo[1h:]|foo[1h:]",
        "(a + b)[5m:] offset 1m|(a + b)[5m:] offset 1m", "foo[1h:5m] @ 10|foo[1h:5m] @ 10.000",
        "foo offset 5m[10m:]|foo offset 5m[10m:]", "rate(foo[5m:])[10m:1m]|rate(foo[5m:])[10m:1m]",
        // binary operators
        "a + b * c|a + b * c", "(a + b) * c|(a + b) * c", "a - b - c|a - b - c", "a ^ b ^ c|a ^ b ^ c",
        "a > bool b|a > bool b", "1 < bool 2|1 < bool 2", "a atan2 b|a atan2 b", "a AND b OR c|a and b or c",
        "a + on(x, y) group_left(z) b|a + on (x, y) group_left (z) b",
        "a / ignoring(x) group_right b|a / ignoring (x) group_right () b",
        "a and on() b|a and on () b", "a unless ignoring(x) b|a unless ignoring (x) b",
        "a * on(\"x.y\") b|a * on (\"x.y\") b", "a + on(x,) b|a + on (x) b",
        "h </ 2|h </ 2", "h >/ -Inf|h >/ -Inf",
        "a + fill(0) b|a + fill(0) b", "a + fill_left(5) fill_right(7) b|a + fill_left(5) fill_right(7) b",
        "a == bool fill(NaN) b|a == bool fill(NaN) b", "a + fill_right(-Inf) b|a + fill_right(-Inf) b",
        "a + on(x) group_left fill(0) b|a + on (x) group_left () fill(0) b",
        "-foo|-foo", "+foo|+foo", "-(1)|-(1)", "2 ^ -1|2 ^ -1", "1 - -1|1 - -1",
        // aggregations
        "sum by (job) (x)|sum by (job) (x)", "sum(x) by (job)|sum by (job) (x)",
        "sum without (a, b) (x)|sum without (a, b) (x)", "sum without () (x)|sum without () (x)",
        "sum by () (x)|sum(x)", "SUM(x)|sum(x)", "topk(3, x)|topk(3, x)", "bottomk by (a) (3, x)|bottomk by (a) (3, x)",
        "count_values(\"v\", x)|count_values(\"v\", x)", "quantile(0.9, x)|quantile(0.9, x)",
        "limitk(2, x)|limitk(2, x)", "limit_ratio(0.5, x)|limit_ratio(0.5, x)",
        "group(x)|group(x)", "stddev(x)|stddev(x)", "stdvar(x)|stdvar(x)", "avg(x)|avg(x)",
        "min(x)|min(x)", "max(x)|max(x)", "count(x)|count(x)",
        "sum by (\"a.b\") (x)|sum by (\"a.b\") (x)", "sum without(and, by, avg, count)(x)|sum without (and, by, avg, count) (x)",
        // functions
        "time()|time()", "vector(1)|vector(1)", "round(x)|round(x)", "round(x, 5)|round(x, 5)",
        "label_replace(a, \"dst\", \"$1\", \"src\", \"(.*)\")|label_replace(a, \"dst\", \"$1\", \"src\", \"(.*)\")",
        "label_join(a, \"d\", \",\", \"s1\", \"s2\", \"s3\")|label_join(a, \"d\", \",\", \"s1\", \"s2\", \"s3\")",
        "histogram_quantile(0.9, sum by (le) (rate(x[5m])))|histogram_quantile(0.9, sum by (le) (rate(x[5m])))",
        "sort_by_label(x)|sort_by_label(x)", "info(x, {data=~\".*\"})|info(x, {data=~\".*\"})",
        "step()|step()", "STEP()|step()", "min_of(1, 2)|min_of(1, 2)",
        "days_in_month()|days_in_month()",
        // duration expressions
        "foo[2m * 15]|foo[2m * 15]", "foo[2m*(10+5)]|foo[2m * (10 + 5)]", "foo[step()]|foo[step()]",
        "foo[-5m+35m]|foo[-5m + 35m]", "foo offset (100 + 2)|foo offset (100 + 2)",
        "foo offset 100 + 2|foo offset 1m40s + 2", "foo offset -step()*2|foo offset -step() * 2",
        "foo offset min_of(step(), 1s)|foo offset min_of(step(), 1s)",
        "foo[29s+1s:5s+5s]|foo[29s + 1s:5s + 5s]", "foo[5m:step()]|foo[5m:step()]",
        "foo[max_of(range(), 1m)]|foo[max_of(range(), 1m)]",
        // extended range selectors
        "foo[5m] anchored|foo[5m] anchored", "foo smoothed|foo smoothed",
        "foo @ 100 smoothed|foo @ 100.000 smoothed", "foo offset -100 smoothed + 0|foo offset -1m40s smoothed + 0",
        "rate(foo[5m] smoothed)|rate(foo[5m] smoothed)"
      })
  void printsCanonically(String query, String canonical) {
    Expr parsed = PromqlParser.parseExpr(query);
    assertThat(PromqlPrinter.print(parsed)).isEqualTo(canonical);
    assertThat(PositionFree.of(PromqlParser.parseExpr(canonical))).isEqualTo(PositionFree.of(parsed));
  }

  @Test
  void commentsAndLineBreaksAreIgnored() {
    assertThat(PromqlPrinter.print(PromqlParser.parseExpr("# comment\nfoo # trailing"))).isEqualTo("foo");
    assertThat(PromqlPrinter.print(PromqlParser.parseExpr("sum(\n  x # why\n)\r\n"))).isEqualTo("sum(x)");
  }

  @Test
  void precedenceAndAssociativity() {
    assertThat(PromqlParser.parseExpr("-2 ^ 2")).isInstanceOf(UnaryExpr.class);
    BinaryExpr power = (BinaryExpr) PromqlParser.parseExpr("2 ^ 3 ^ 2");
    assertThat(power.right()).isInstanceOf(BinaryExpr.class);
    BinaryExpr minus = (BinaryExpr) PromqlParser.parseExpr("a - b - c");
    assertThat(minus.left()).isInstanceOf(BinaryExpr.class);
    BinaryExpr or = (BinaryExpr) PromqlParser.parseExpr("a or b and c unless d");
    assertThat(or.operator()).isEqualTo(BinaryOperator.OR);
    assertThat(((BinaryExpr) or.right()).operator()).isEqualTo(BinaryOperator.UNLESS);
    BinaryExpr comparison = (BinaryExpr) PromqlParser.parseExpr("a + b > c * d");
    assertThat(comparison.operator()).isEqualTo(BinaryOperator.GTR);
    BinaryExpr product = (BinaryExpr) PromqlParser.parseExpr("-a * b");
    assertThat(product.left()).isInstanceOf(UnaryExpr.class);
    NumberLiteral folded = (NumberLiteral) PromqlParser.parseExpr("-1");
    assertThat(folded.value()).isEqualTo(-1);
    assertThat(folded.position()).isEqualTo(new PositionRange(0, 2));
  }

  @Test
  void selectorTree() {
    VectorSelector selector =
        (VectorSelector) PromqlParser.parseExpr("http_requests_total{job=\"api\", code=~\"5..\"} offset 5m @ 1700000000");
    assertThat(selector.name()).isEqualTo("http_requests_total");
    assertThat(selector.matchers())
        .containsExactly(
            Matcher.equal("__name__", "http_requests_total"),
            Matcher.equal("job", "api"),
            Matcher.regex("code", "5.."));
    assertThat(selector.offsetMillis()).isEqualTo(300_000);
    assertThat(selector.at()).isEqualTo(new AtModifier.Timestamp(1_700_000_000_000L));
    assertThat(selector.position()).isEqualTo(new PositionRange(0, 66));
  }

  @Test
  void rangeSubqueryAndDurationExpressionTrees() {
    MatrixSelector constant = (MatrixSelector) PromqlParser.parseExpr("foo[2m * 15]");
    assertThat(constant.rangeMillis()).isEqualTo(1_800_000);
    assertThat(constant.rangeExpression()).isInstanceOf(DurationExpr.Binary.class);
    MatrixSelector plain = (MatrixSelector) PromqlParser.parseExpr("foo[1800]");
    assertThat(plain.rangeMillis()).isEqualTo(1_800_000);
    assertThat(plain.rangeExpression()).isNull();
    MatrixSelector stepped = (MatrixSelector) PromqlParser.parseExpr("foo[step() + 1]");
    assertThat(stepped.rangeMillis()).isZero();
    assertThat(stepped.rangeMillis(10_000, 0)).isEqualTo(11_000);
    VectorSelector offset = (VectorSelector) PromqlParser.parseExpr("foo offset -(min_of(step(), 2s) - 5)");
    assertThat(offset.offsetMillis(1_000, 0)).isEqualTo(4_000);
    assertThat(offset.offsetMillis(10_000, 0)).isEqualTo(3_000);
    SubqueryExpr subquery =
        (SubqueryExpr) callArgument("sum_over_time(x[29s+1s:((((8 - 2) / 3) * 7s) % 4) + 8000ms])");
    assertThat(subquery.rangeMillis()).isEqualTo(30_000);
    assertThat(subquery.stepMillis()).isEqualTo(10_000);
    SubqueryExpr noStep = (SubqueryExpr) PromqlParser.parseExpr("x[5m:] offset 1m @ end()");
    assertThat(noStep.stepMillis()).isZero();
    assertThat(noStep.offsetMillis()).isEqualTo(60_000);
    assertThat(noStep.at()).isEqualTo(new AtModifier.End());
    MatrixSelector anchored = (MatrixSelector) PromqlParser.parseExpr("foo[5m] anchored");
    assertThat(anchored.selector().rangeModifier()).isEqualTo(RangeModifier.ANCHORED);
  }

  private static Expr callArgument(String query) {
    return ((Call) PromqlParser.parseExpr(query)).arguments().get(0);
  }

  @Test
  void binaryMatchingTrees() {
    BinaryExpr join = (BinaryExpr) PromqlParser.parseExpr("a * on(x) group_left(y) b");
    assertThat(join.matching().cardinality()).isEqualTo(Cardinality.MANY_TO_ONE);
    assertThat(join.matching().on()).isTrue();
    assertThat(join.matching().matchingLabels()).containsExactly("x");
    assertThat(join.matching().include()).containsExactly("y");
    BinaryExpr set = (BinaryExpr) PromqlParser.parseExpr("a and b");
    assertThat(set.matching().cardinality()).isEqualTo(Cardinality.MANY_TO_MANY);
    BinaryExpr scalar = (BinaryExpr) PromqlParser.parseExpr("a * 2");
    assertThat(scalar.matching()).isNull();
    BinaryExpr fill = (BinaryExpr) PromqlParser.parseExpr("a + fill_left(1) fill_right(NaN) b");
    assertThat(fill.matching().fillLeft()).isEqualTo(1.0);
    assertThat(fill.matching().fillRight()).isNaN();
    BinaryExpr bool = (BinaryExpr) PromqlParser.parseExpr("1 >= bool 2");
    assertThat(bool.returnBool()).isTrue();
  }

  @Test
  void aggregationAndCallTrees() {
    AggregateExpr topk = (AggregateExpr) PromqlParser.parseExpr("topk without (a) (5, rate(x[1m]))");
    assertThat(topk.operator()).isEqualTo(AggregationOperator.TOPK);
    assertThat(topk.parameter()).isEqualTo(new NumberLiteral(5, new PositionRange(18, 19)));
    assertThat(topk.grouping()).containsExactly("a");
    assertThat(topk.without()).isTrue();
    assertThat(topk.position()).isEqualTo(new PositionRange(0, 33));
    Call rate = (Call) topk.expr();
    assertThat(rate.function().name()).isEqualTo("rate");
    assertThat(rate.position()).isEqualTo(new PositionRange(21, 32));
    assertThat(callArgument("count_over_time(x[5m])")).isInstanceOf(MatrixSelector.class);
    assertThat(callArgument("label_replace(x, \"a\", \"b\", \"c\", \"d\")")).isInstanceOf(VectorSelector.class);
    assertThat(((StringLiteral) PromqlParser.parseExpr("'x'")).value()).isEqualTo("x");
  }

  @Test
  void parsesMetricSelectorsForTheApi() {
    assertThat(PromqlParser.parseMetricSelector("up{job=\"api\"}"))
        .containsExactly(Matcher.equal("__name__", "up"), Matcher.equal("job", "api"));
    assertThat(PromqlParser.parseMetricSelector("{__name__=~\"a.*\", b!=\"\"}"))
        .containsExactly(Matcher.regex("__name__", "a.*"), Matcher.notEqual("b", ""));
    assertThat(PromqlParser.parseMetricSelector("{}")).isEmpty();
    assertThat(PromqlParser.parseMetricSelector("sum")).containsExactly(Matcher.equal("__name__", "sum"));
    assertThatThrownBy(() -> PromqlParser.parseMetricSelector("rate(x[5m])"))
        .isInstanceOf(ParseException.class)
        .hasMessage("1:5: parse error: unexpected \"(\"");
    assertThatThrownBy(() -> PromqlParser.parseMetricSelector("up{a=\"b\"} + 1"))
        .hasMessage("1:11: parse error: unexpected <op:+>");
  }

  @Test
  void parsesSeriesNotationKeepingEmptyValues() {
    Labels labels = PromqlParser.parseMetric("http_requests{job=\"api\", __unit__=\"\", instance='0'}");
    assertThat(labels.size()).isEqualTo(4);
    assertThat(labels.names()).containsExactly("__name__", "__unit__", "instance", "job");
    assertThat(labels.has("__unit__")).isTrue();
    assertThat(labels.get("job")).isEqualTo("api");
    assertThat(PromqlParser.parseMetric("{}")).isEqualTo(Labels.empty());
    assertThat(PromqlParser.parseMetric("{\"my.metric\", \"a.b\"=\"c\",}"))
        .isEqualTo(Labels.of("__name__", "my.metric", "a.b", "c"));
    assertThat(PromqlParser.parseMetric("sum{a=\"1\", a=\"2\"}").get("a")).isEqualTo("2");
    assertThatThrownBy(() -> PromqlParser.parseMetric("foo{a=~\"b\"}"))
        .hasMessage("1:6: parse error: unexpected <op:=~> in label set, expected \"=\"");
    assertThatThrownBy(() -> PromqlParser.parseMetric("foo bar"))
        .hasMessage("1:5: parse error: unexpected identifier \"bar\"");
  }

  @Test
  void parsesDurations() {
    assertThat(PromqlParser.parseDuration("1h30m")).isEqualTo(5_400_000);
    assertThat(PromqlParser.parseDuration("90")).isEqualTo(90_000);
    assertThat(PromqlParser.parseDuration("1.5")).isEqualTo(1_500);
    assertThat(PromqlParser.parseDuration("0")).isZero();
    assertThatThrownBy(() -> PromqlParser.parseDuration("1.5m"))
        .hasMessage("1:1: parse error: unknown unit \".\" in duration \"1.5m\"");
    assertThatThrownBy(() -> PromqlParser.parseDuration("5m x"))
        .hasMessage("1:4: parse error: unexpected identifier \"x\"");
    assertThatThrownBy(() -> PromqlParser.parseDuration("1e300"))
        .hasMessage("1:1: parse error: duration out of range");
  }

  @Test
  void everyCatalogFunctionIsCallable() {
    for (var function : io.argus.promql.ast.Functions.all()) {
      assertThat(io.argus.promql.ast.Functions.lookup(function.name())).isSameAs(function);
    }
    assertThat(io.argus.promql.ast.Functions.lookup("rate").experimental()).isFalse();
    assertThat(io.argus.promql.ast.Functions.lookup("mad_over_time").experimental()).isTrue();
    assertThat(io.argus.promql.ast.Functions.lookup("Rate")).isNull();
    assertThat(List.of("abs", "sgn", "pi", "histogram_fraction", "ts_of_max_over_time", "double_exponential_smoothing"))
        .allSatisfy(name -> assertThat(io.argus.promql.ast.Functions.lookup(name)).isNotNull());
  }
}
