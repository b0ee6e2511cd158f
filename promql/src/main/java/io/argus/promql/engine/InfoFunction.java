package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.Exprs;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * The experimental {@code info(v, {selector})}: enriches each sample with the data labels of the
 * info series ({@code target_info} unless the selector names others) that share its identifying
 * labels {@code instance} and {@code job}. The sample's own labels win over info labels; two info
 * series disagreeing on a label is an error.
 */
final class InfoFunction {

  private static final String[] IDENTIFYING_LABELS = {"instance", "job"};

  private InfoFunction() {}

  /** The selector for the info series: the name matchers given, else {@code target_info}. */
  static VectorSelector infoSeriesSelector(Call call) {
    List<Matcher> nameMatchers = new ArrayList<>();
    if (call.arguments().size() > 1
        && Exprs.unwrapParens(call.arguments().get(1)) instanceof VectorSelector selector) {
      for (Matcher matcher : selector.matchers()) {
        if (matcher.name().equals(Labels.METRIC_NAME)) {
          nameMatchers.add(matcher);
        }
      }
    }
    if (nameMatchers.isEmpty()) {
      nameMatchers.add(Matcher.equal(Labels.METRIC_NAME, "target_info"));
    }
    // Unless one name is given exactly, only series named *_info count as info series.
    if (nameMatchers.stream().noneMatch(m -> m.type() == io.argus.core.label.MatchType.EQUAL)) {
      nameMatchers.add(Matcher.regex(Labels.METRIC_NAME, ".+_info"));
    }
    return new VectorSelector(null, nameMatchers, 0, AtModifier.NONE, call.position());
  }

  /** Maps an evaluation time to a reference time; monotonic, so ranges map end to end. */
  @FunctionalInterface
  interface ReferenceTime {
    long at(long timeMillis);
  }

  /**
   * The time the data argument's samples were selected for when evaluated at {@code timeMillis}:
   * {@code @} and offsets of the selector, or of the subqueries on the way to it, shift it.
   */
  static long referenceTime(
      Expr expr, long timeMillis, long queryStepMillis, long queryStartMillis, long queryEndMillis) {
    long queryRange = queryEndMillis - queryStartMillis;
    return switch (expr) {
      case VectorSelector selector -> {
        Long pinned = SelectorPlanner.pinnedTime(selector.at(), queryStartMillis, queryEndMillis);
        yield (pinned != null ? pinned : timeMillis)
            - selector.offsetMillis(queryStepMillis, queryRange);
      }
      case io.argus.promql.ast.MatrixSelector matrix ->
          referenceTime(
              matrix.selector(), timeMillis, queryStepMillis, queryStartMillis, queryEndMillis);
      case io.argus.promql.ast.SubqueryExpr subquery -> {
        Long pinned = SelectorPlanner.pinnedTime(subquery.at(), queryStartMillis, queryEndMillis);
        long inner =
            (pinned != null ? pinned : timeMillis)
                - subquery.offsetMillis(queryStepMillis, queryRange);
        yield referenceTime(
            subquery.expr(), inner, queryStepMillis, queryStartMillis, queryEndMillis);
      }
      case io.argus.promql.ast.ParenExpr paren ->
          referenceTime(paren.expr(), timeMillis, queryStepMillis, queryStartMillis, queryEndMillis);
      case Call inner -> {
        for (Expr argument : inner.arguments()) {
          if (argument.type() == io.argus.promql.ast.ValueType.INSTANT_VECTOR
              || argument.type() == io.argus.promql.ast.ValueType.RANGE_VECTOR) {
            yield referenceTime(
                argument, timeMillis, queryStepMillis, queryStartMillis, queryEndMillis);
          }
        }
        yield timeMillis;
      }
      case io.argus.promql.ast.AggregateExpr aggregate ->
          referenceTime(
              aggregate.expr(), timeMillis, queryStepMillis, queryStartMillis, queryEndMillis);
      default -> timeMillis;
    };
  }

  static Vector eval(Evaluator evaluator, Call call, long timeMillis) {
    Expr dataArgument = call.arguments().get(0);
    Vector input = evaluator.evalVector(dataArgument, timeMillis);
    QueryContext context = evaluator.context;
    long infoTime =
        referenceTime(
            dataArgument,
            timeMillis,
            context.queryStepMillis,
            context.queryStartMillis,
            context.queryEndMillis);
    Vector infoSeries =
        evaluator.selectVector(evaluator.context.infoSelector(call), infoTime, true);
    List<Matcher> dataMatchers = new ArrayList<>();
    if (call.arguments().size() > 1
        && Exprs.unwrapParens(call.arguments().get(1)) instanceof VectorSelector selector) {
      for (Matcher matcher : selector.matchers()) {
        if (!matcher.name().equals(Labels.METRIC_NAME)) {
          dataMatchers.add(matcher);
        }
      }
    }
    List<Sample> out = new ArrayList<>(input.size());
    for (Sample sample : input.samples()) {
      Sample enriched = enrich(sample, infoSeries, dataMatchers, timeMillis);
      if (enriched != null) {
        out.add(enriched);
      }
    }
    return new Vector(out);
  }

  private static Sample enrich(
      Sample sample, Vector infoSeries, List<Matcher> dataMatchers, long timeMillis) {
    Labels labels = sample.labels();
    List<Sample> candidates = new ArrayList<>();
    java.util.Map<String, Long> newestPerName = new java.util.HashMap<>();
    for (Sample info : infoSeries.samples()) {
      Labels infoLabels = info.labels();
      if (infoLabels.equals(labels)) {
        return sample; // an info series itself passes unchanged
      }
      if (sameIdentity(labels, infoLabels) && matchesAll(dataMatchers, infoLabels)) {
        candidates.add(info);
        newestPerName.merge(infoLabels.metricName(), info.timestampMillis(), Math::max);
      }
    }
    LabelsBuilder added = new LabelsBuilder();
    boolean anyInfo = false;
    for (Sample info : candidates) {
      Labels infoLabels = info.labels();
      // When an info metric's labels changed, only its newest series counts.
      if (info.timestampMillis() != newestPerName.get(infoLabels.metricName())) {
        continue;
      }
      anyInfo = true;
      for (int i = 0; i < infoLabels.size(); i++) {
        String name = infoLabels.name(i);
        if (name.equals(Labels.METRIC_NAME) || isIdentifying(name)) {
          continue;
        }
        if (!dataMatchers.isEmpty() && dataMatchers.stream().noneMatch(m -> m.name().equals(name))) {
          continue;
        }
        String value = infoLabels.value(i);
        String existing = added.get(name);
        if (existing != null && !existing.equals(value)) {
          throw QueryException.execution(
              "conflicting label: " + name + " has values \"" + existing + "\" and \"" + value
                  + "\" in info series for " + labels);
        }
        added.set(name, value);
      }
    }
    if (!anyInfo) {
      for (Matcher matcher : dataMatchers) {
        if (!matcher.matchesEmpty()) {
          return null;
        }
      }
      return sample;
    }
    LabelsBuilder result = labels.toBuilder();
    Labels extra = added.build();
    for (int i = 0; i < extra.size(); i++) {
      if (!labels.has(extra.name(i))) {
        result.set(extra.name(i), extra.value(i));
      }
    }
    return new Sample(result.build(), timeMillis, sample.value(), sample.dropName());
  }

  private static boolean sameIdentity(Labels data, Labels info) {
    for (String name : IDENTIFYING_LABELS) {
      if (!data.get(name).equals(info.get(name))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifying(String name) {
    for (String identifying : IDENTIFYING_LABELS) {
      if (identifying.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAll(List<Matcher> matchers, Labels labels) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
