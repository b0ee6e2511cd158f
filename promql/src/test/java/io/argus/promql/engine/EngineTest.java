package io.argus.promql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.Functions;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.scripttest.InMemoryQueryable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

  private static final PositionRange AT = PositionRange.NONE;
  private final Engine engine = new Engine(EngineOptions.defaults());
  private final InMemoryQueryable store = new InMemoryQueryable();

  private static VectorSelector selector(String name) {
    return new VectorSelector(
        name, List.of(Matcher.equal("__name__", name)), 0, AtModifier.NONE, AT);
  }

  private static Call call(String function, Expr... arguments) {
    return new Call(Functions.lookup(function), List.of(arguments), AT);
  }

  private void load(Labels labels, long stepMillis, double... values) {
    for (int i = 0; i < values.length; i++) {
      store.append(labels, i * stepMillis, values[i]);
    }
  }

  @Test
  void instantSelectorUsesLookbackAndStopsAtStaleness() {
    load(Labels.of("__name__", "up", "job", "a"), 60_000, 1, 2, StaleMarker.STALE_NAN);
    load(Labels.of("__name__", "up", "job", "b"), 60_000, 5);

    Vector atOneMinute = (Vector) engine.instantQuery(store, selector("up"), 60_000).value();
    assertThat(atOneMinute.samples()).hasSize(2);

    Vector afterStale = (Vector) engine.instantQuery(store, selector("up"), 150_000).value();
    // job=a's newest sample at 2m is the staleness marker; job=b's 1 at 0 is within 5m.
    assertThat(afterStale.samples()).extracting(Sample::labels)
        .containsExactly(Labels.of("__name__", "up", "job", "b"));

    Vector beyondLookback = (Vector) engine.instantQuery(store, selector("up"), 300_000).value();
    assertThat(beyondLookback.samples()).isEmpty(); // (0, 5m] is left-open
  }

  @Test
  void rateDropsTheMetricName() {
    load(Labels.of("__name__", "requests_total", "job", "a"), 60_000, 0, 60, 120, 180, 240, 300);
    Expr rate = call("rate", new MatrixSelector(selector("requests_total"), 300_000, AT));
    Vector result = (Vector) engine.instantQuery(store, rate, 300_000).value();
    assertThat(result.samples()).hasSize(1);
    assertThat(result.samples().get(0).labels()).isEqualTo(Labels.of("job", "a"));
    assertThat(result.samples().get(0).value()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void sumByGroupsAndKeepsOnlyGroupingLabels() {
    load(Labels.of("__name__", "x", "job", "a", "instance", "1"), 60_000, 1);
    load(Labels.of("__name__", "x", "job", "a", "instance", "2"), 60_000, 2);
    load(Labels.of("__name__", "x", "job", "b", "instance", "1"), 60_000, 4);
    Expr sum = new AggregateExpr(AggregationOperator.SUM, selector("x"), null, List.of("job"), false, AT);
    Vector result = (Vector) engine.instantQuery(store, sum, 0).value();
    assertThat(result.samples())
        .extracting(Sample::labels, Sample::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Labels.of("job", "a"), 3.0),
            org.assertj.core.groups.Tuple.tuple(Labels.of("job", "b"), 4.0));
  }

  @Test
  void oneToOneMatchingRejectsDuplicatesOnTheRight() {
    load(Labels.of("__name__", "left", "a", "1"), 60_000, 1);
    load(Labels.of("__name__", "dup", "a", "1", "b", "x"), 60_000, 1);
    load(Labels.of("__name__", "dup", "a", "1", "b", "y"), 60_000, 1);
    VectorMatching on =
        new VectorMatching(VectorMatching.Cardinality.ONE_TO_ONE, List.of("a"), true, List.of());
    Expr expr = new BinaryExpr(BinaryOperator.ADD, selector("left"), selector("dup"), false, on, AT);
    assertThatThrownBy(() -> engine.instantQuery(store, expr, 0))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("found duplicate series for the match group {a=\"1\"} on the right");
  }

  @Test
  void droppedNamesThatCollideAreAnError() {
    load(Labels.of("__name__", "a", "x", "1"), 60_000, 1);
    load(Labels.of("__name__", "b", "x", "1"), 60_000, 2);
    VectorSelector both =
        new VectorSelector(null, List.of(Matcher.regex("__name__", "a|b")), 0, AtModifier.NONE, AT);
    assertThatThrownBy(() -> engine.instantQuery(store, call("ceil", both), 0))
        .isInstanceOf(QueryException.class)
        .hasMessage("vector cannot contain metrics with the same labelset");
  }

  @Test
  void rangeQueryOfAScalarIsOneUnlabelledSeries() {
    Matrix result =
        (Matrix) engine.rangeQuery(store, new NumberLiteral(7, AT), 0, 120_000, 60_000).value();
    assertThat(result.series()).hasSize(1);
    assertThat(result.series().get(0).labels()).isEqualTo(Labels.empty());
    assertThat(result.series().get(0).timestampsMillis()).containsExactly(0, 60_000, 120_000);
  }

  @Test
  void subqueryStepsAreAlignedToMultiplesOfTheStep() {
    load(Labels.of("__name__", "g"), 10_000, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    // count_over_time(g[1m:20s]) at 95s: steps after 35s aligned to 20s: 40, 60, 80 → 3 points.
    SubqueryExpr subquery = new SubqueryExpr(selector("g"), 60_000, 20_000, 0, AtModifier.NONE, AT);
    Vector result =
        (Vector) engine.instantQuery(store, call("count_over_time", subquery), 95_000).value();
    assertThat(result.samples().get(0).value()).isEqualTo(3);
  }

  @Test
  void tooManySamplesUsesPrometheusWording() {
    for (int i = 0; i < 20; i++) {
      store.append(Labels.of("__name__", "m", "i", Integer.toString(i)), 0, i);
    }
    Engine small = new Engine(EngineOptions.defaults().withMaxSamples(10));
    assertThatThrownBy(() -> small.instantQuery(store, selector("m"), 0))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_SAMPLES))
        .hasMessage("query processing would load too many samples into memory in query execution");
  }

  @Test
  void rangeQueriesRefuseRangeVectorExpressions() {
    Expr matrix = new MatrixSelector(selector("m"), 60_000, AT);
    assertThatThrownBy(() -> engine.rangeQuery(store, matrix, 0, 60_000, 10_000))
        .isInstanceOfSatisfying(
            QueryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_DATA))
        .hasMessageContaining("for range query, must be Scalar or instant Vector");
  }

  @Test
  void optionsValidateThemselves() {
    assertThatThrownBy(
            () -> new EngineOptions(0, 1, Duration.ofSeconds(1), 60_000, true, true))
        .hasMessageContaining("lookback delta must be positive");
  }

  @Test
  void disabledAtModifierAndNegativeOffsetAreRefused() {
    EngineOptions strict = new EngineOptions(300_000, 1000, Duration.ofMinutes(1), 60_000, false, false);
    Engine engine = new Engine(strict);
    VectorSelector pinned =
        new VectorSelector(
            "m", List.of(Matcher.equal("__name__", "m")), 0, new AtModifier.Timestamp(0), AT);
    assertThatThrownBy(() -> engine.instantQuery(store, pinned, 0))
        .hasMessage("@ modifier is disabled");
    VectorSelector future =
        new VectorSelector("m", List.of(Matcher.equal("__name__", "m")), -60_000, AtModifier.NONE, AT);
    assertThatThrownBy(() -> engine.instantQuery(store, future, 0))
        .hasMessage("negative offset is disabled");
  }

  @Test
  void anExpiredDeadlineTimesTheQueryOut() {
    Engine expired = new Engine(EngineOptions.defaults().withTimeout(Duration.ofNanos(-1)));
    assertThatThrownBy(
            () -> expired.rangeQuery(store, new NumberLiteral(1, AT), 0, 1_000_000, 1_000))
        .isInstanceOfSatisfying(
            QueryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT))
        .hasMessage("query timed out in expression evaluation");
  }

  @Test
  void statisticsCountLoadedAndPeakSamples() {
    load(Labels.of("__name__", "c_total", "i", "1"), 60_000, 1, 2, 3, 4, 5);
    load(Labels.of("__name__", "c_total", "i", "2"), 60_000, 1, 2, 3, 4, 5);
    Expr rate = call("rate", new MatrixSelector(selector("c_total"), 180_000, AT));
    QueryResult result = engine.instantQuery(store, rate, 240_000);
    // Window (60s, 240s] holds 3 samples per series.
    assertThat(result.statistics().peakSamples()).isEqualTo(6);
    assertThat(result.statistics().totalSamples()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void groupLeftCopiesIncludedLabelsFromTheOneSide() {
    load(Labels.of("__name__", "requests", "job", "a", "path", "/x"), 60_000, 10);
    load(Labels.of("__name__", "requests", "job", "a", "path", "/y"), 60_000, 20);
    load(Labels.of("__name__", "info", "job", "a", "team", "red"), 60_000, 1);
    VectorMatching groupLeft =
        new VectorMatching(
            VectorMatching.Cardinality.MANY_TO_ONE, List.of("job"), true, List.of("team"));
    Expr expr =
        new BinaryExpr(BinaryOperator.MUL, selector("requests"), selector("info"), false, groupLeft, AT);
    Vector result = (Vector) engine.instantQuery(store, expr, 0).value();
    assertThat(result.samples())
        .extracting(Sample::labels)
        .containsExactlyInAnyOrder(
            Labels.of("job", "a", "path", "/x", "team", "red"),
            Labels.of("job", "a", "path", "/y", "team", "red"));
  }

  @Test
  void topkReturnsTheLargestFirstAndKeepsNames() {
    for (int i = 0; i < 5; i++) {
      store.append(Labels.of("__name__", "v", "i", Integer.toString(i)), 0, i);
    }
    Expr topk =
        new AggregateExpr(
            AggregationOperator.TOPK, selector("v"), new NumberLiteral(2, AT), List.of(), false, AT);
    Vector result = (Vector) engine.instantQuery(store, topk, 0).value();
    assertThat(result.samples()).extracting(Sample::value).containsExactly(4.0, 3.0);
    assertThat(result.samples().get(0).labels().metricName()).isEqualTo("v");
  }

  @Test
  void countValuesFormatsValuesWithoutExponent() {
    store.append(Labels.of("__name__", "v", "i", "1"), 0, 1e6);
    store.append(Labels.of("__name__", "v", "i", "2"), 0, 1e6);
    Expr countValues =
        new AggregateExpr(
            AggregationOperator.COUNT_VALUES,
            selector("v"),
            new io.argus.promql.ast.StringLiteral("value", AT),
            List.of(),
            false,
            AT);
    Vector result = (Vector) engine.instantQuery(store, countValues, 0).value();
    assertThat(result.samples())
        .extracting(Sample::labels, Sample::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Labels.of("value", "1000000"), 2.0));
  }

  @Test
  void labelReplaceExpandsTemplatesTheGoWay() {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(a)(b)").matcher("ab");
    assertThat(matcher.matches()).isTrue();
    assertThat(LabelFunctions.expand("$1-$2", matcher)).isEqualTo("a-b");
    assertThat(LabelFunctions.expand("${1}x", matcher)).isEqualTo("ax");
    // Go reads "$1x" as the group named "1x", which does not exist.
    assertThat(LabelFunctions.expand("$1x", matcher)).isEmpty();
    assertThat(LabelFunctions.expand("$$1", matcher)).isEqualTo("$1");
  }

  @Test
  void extremeEvaluationTimesGiveEmptyResultsNotCrashes() {
    load(Labels.of("__name__", "m"), 60_000, 1, 2, 3);
    Expr rate = call("rate", new MatrixSelector(selector("m"), 300_000, AT));
    for (long time : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_000_000L}) {
      assertThat(((Vector) engine.instantQuery(store, selector("m"), time).value()).samples())
          .isEmpty();
      assertThat(((Vector) engine.instantQuery(store, rate, time).value()).samples()).isEmpty();
    }
  }
}
