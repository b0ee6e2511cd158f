package io.argus.promql.engine;

import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorSelector;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Works out, before evaluation, which time range each selector of a query reads: the evaluation
 * times it can see (after {@code @}, offsets and enclosing subqueries), widened by the lookback
 * delta or the selector's range. Selectors are keyed by identity, since equal-looking selectors in
 * different places may need different ranges.
 */
final class SelectorPlanner {

  private final long queryStartMillis;
  private final long queryEndMillis;
  private final long lookbackDeltaMillis;
  private final long queryStepMillis;
  private final Map<VectorSelector, long[]> ranges = new IdentityHashMap<>();
  private final Map<Call, VectorSelector> infoSelectors = new IdentityHashMap<>();

  SelectorPlanner(
      long queryStartMillis, long queryEndMillis, long queryStepMillis, long lookbackDeltaMillis) {
    this.queryStepMillis = queryStepMillis;
    this.queryStartMillis = queryStartMillis;
    this.queryEndMillis = queryEndMillis;
    this.lookbackDeltaMillis = lookbackDeltaMillis;
  }

  /** Per selector, {@code [minTimeMillis, maxTimeMillis]} inclusive. */
  Map<VectorSelector, long[]> plan(Expr root) {
    visit(root, queryStartMillis, queryEndMillis);
    return ranges;
  }

  /** For each {@code info()} call, the selector of its info series (planned like any selector). */
  Map<Call, VectorSelector> infoSelectors() {
    return infoSelectors;
  }

  /** The time a modifier pins evaluation to, or null when it does not. */
  static Long pinnedTime(AtModifier at, long queryStartMillis, long queryEndMillis) {
    return switch (at) {
      case AtModifier.None none -> null;
      case AtModifier.Timestamp timestamp -> timestamp.timestampMillis();
      case AtModifier.Start start -> queryStartMillis;
      case AtModifier.End end -> queryEndMillis;
    };
  }

  private void visit(Expr expr, long startMillis, long endMillis) {
    switch (expr) {
      case VectorSelector selector -> add(selector, startMillis, endMillis, lookbackDeltaMillis);
      case MatrixSelector matrix ->
          add(
              matrix.selector(),
              startMillis,
              endMillis,
              matrix.rangeMillis(queryStepMillis, queryEndMillis - queryStartMillis));
      case SubqueryExpr subquery -> {
        Long pinned = pinnedTime(subquery.at(), queryStartMillis, queryEndMillis);
        long low = pinned != null ? pinned : startMillis;
        long high = pinned != null ? pinned : endMillis;
        long range = queryEndMillis - queryStartMillis;
        long offset = subquery.offsetMillis(queryStepMillis, range);
        visit(
            subquery.expr(),
            low - offset - subquery.rangeMillis(queryStepMillis, range),
            high - offset);
      }
      case ParenExpr paren -> visit(paren.expr(), startMillis, endMillis);
      case UnaryExpr unary -> visit(unary.expr(), startMillis, endMillis);
      case BinaryExpr binary -> {
        visit(binary.left(), startMillis, endMillis);
        visit(binary.right(), startMillis, endMillis);
      }
      case AggregateExpr aggregate -> {
        if (aggregate.parameter() != null) {
          visit(aggregate.parameter(), startMillis, endMillis);
        }
        visit(aggregate.expr(), startMillis, endMillis);
      }
      case Call call -> {
        if (call.function().name().equals("info")) {
          visit(call.arguments().get(0), startMillis, endMillis);
          VectorSelector infoSelector = InfoFunction.infoSeriesSelector(call);
          infoSelectors.put(call, infoSelector);
          // The info series are read at the times the data samples were selected for.
          InfoFunction.ReferenceTime shift =
              time ->
                  InfoFunction.referenceTime(
                      call.arguments().get(0),
                      time,
                      queryStepMillis,
                      queryStartMillis,
                      queryEndMillis);
          add(
              infoSelector,
              shift.at(startMillis),
              shift.at(endMillis),
              lookbackDeltaMillis);
          return;
        }
        for (Expr argument : call.arguments()) {
          visit(argument, startMillis, endMillis);
        }
      }
      case NumberLiteral number -> {}
      case StringLiteral string -> {}
    }
  }

  private void add(VectorSelector selector, long startMillis, long endMillis, long widthMillis) {
    Long pinned = pinnedTime(selector.at(), queryStartMillis, queryEndMillis);
    long offset = selector.offsetMillis(queryStepMillis, queryEndMillis - queryStartMillis);
    // Anchored and smoothed selectors also read the samples just outside the window.
    long extra =
        selector.rangeModifier() == io.argus.promql.ast.RangeModifier.NONE
            ? 0
            : lookbackDeltaMillis;
    long low = (pinned != null ? pinned : startMillis) - offset - widthMillis - extra;
    long high = (pinned != null ? pinned : endMillis) - offset + extra;
    long[] existing = ranges.get(selector);
    if (existing == null) {
      ranges.put(selector, new long[] {low, high});
    } else {
      existing[0] = Math.min(existing[0], low);
      existing[1] = Math.max(existing[1], high);
    }
  }
}
