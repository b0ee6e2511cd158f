package io.argus.promql.parser;

import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test helper: a copy of a tree with every position set to {@link PositionRange#NONE} and the
 * matchers of each selector in a canonical order (the metric name first, the rest by their text),
 * so that trees can be compared structurally with {@code equals}.
 */
final class PositionFree {

  private static final PositionRange NONE = PositionRange.NONE;

  private PositionFree() {}

  static Expr of(Expr expr) {
    return switch (expr) {
      case NumberLiteral number -> new NumberLiteral(number.value(), NONE);
      case StringLiteral string -> new StringLiteral(string.value(), NONE);
      case VectorSelector selector -> selector(selector);
      case MatrixSelector matrix ->
          new MatrixSelector(
              selector(matrix.selector()), matrix.rangeMillis(), of(matrix.rangeExpression()), NONE);
      case SubqueryExpr subquery ->
          new SubqueryExpr(
              of(subquery.expr()),
              subquery.rangeMillis(),
              of(subquery.rangeExpression()),
              subquery.stepMillis(),
              of(subquery.stepExpression()),
              subquery.offsetMillis(),
              of(subquery.offsetExpression()),
              subquery.at(),
              NONE);
      case ParenExpr paren -> new ParenExpr(of(paren.expr()), NONE);
      case UnaryExpr unary -> new UnaryExpr(unary.negative(), of(unary.expr()), NONE);
      case BinaryExpr binary ->
          new BinaryExpr(
              binary.operator(),
              of(binary.left()),
              of(binary.right()),
              binary.returnBool(),
              binary.matching(),
              NONE);
      case AggregateExpr aggregate ->
          new AggregateExpr(
              aggregate.operator(),
              of(aggregate.expr()),
              aggregate.parameter() == null ? null : of(aggregate.parameter()),
              aggregate.grouping(),
              aggregate.without(),
              NONE);
      case Call call -> new Call(call.function(), call.arguments().stream().map(PositionFree::of).toList(), NONE);
    };
  }

  private static VectorSelector selector(VectorSelector selector) {
    List<Matcher> matchers = new ArrayList<>(selector.matchers());
    Matcher nameMatcher = null;
    if (selector.name() != null) {
      for (Matcher matcher : matchers) {
        if (matcher.name().equals("__name__") && matcher.value().equals(selector.name())) {
          nameMatcher = matcher;
          break;
        }
      }
      matchers.remove(nameMatcher);
    }
    matchers.sort(Comparator.comparing(Matcher::toString));
    if (nameMatcher != null) {
      matchers.add(0, nameMatcher);
    }
    return new VectorSelector(
        selector.name(),
        matchers,
        selector.offsetMillis(),
        of(selector.offsetExpression()),
        selector.at(),
        selector.rangeModifier(),
        NONE);
  }

  static DurationExpr of(DurationExpr duration) {
    if (duration == null) {
      return null;
    }
    return switch (duration) {
      case DurationExpr.Literal literal ->
          new DurationExpr.Literal(literal.seconds(), literal.writtenAsDuration(), NONE);
      case DurationExpr.Unary unary -> new DurationExpr.Unary(unary.negative(), of(unary.operand()), NONE);
      case DurationExpr.Binary binary ->
          new DurationExpr.Binary(binary.operator(), of(binary.left()), of(binary.right()), NONE);
      case DurationExpr.Step step -> new DurationExpr.Step(NONE);
      case DurationExpr.Range range -> new DurationExpr.Range(NONE);
      case DurationExpr.MinMax minMax ->
          new DurationExpr.MinMax(minMax.maximum(), of(minMax.left()), of(minMax.right()), NONE);
      case DurationExpr.Paren paren -> new DurationExpr.Paren(of(paren.inner()), NONE);
    };
  }
}
