package io.argus.promql.scripttest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The step-invariance variants of the reference runner: every selector and subquery without a
 * numeric {@code @} gets {@code @ T} (nothing inside subqueries changes), pinned directly in the
 * syntax tree so that positions stay those of the original text.
 */
final class AtPinning {

  /** Functions whose result depends on the evaluation time: their queries get no variants. */
  private static final Set<String> TIME_DEPENDENT =
      Set.of(
          "time", "timestamp", "predict_linear", "minute", "hour", "day_of_week", "day_of_month",
          "day_of_year", "days_in_month", "month", "year", "start", "end", "range", "step");

  private AtPinning() {}

  /** Whether the expression calls a time-dependent function outside every subquery. */
  static boolean isTimeDependent(Expr expr) {
    return switch (expr) {
      case Call call ->
          TIME_DEPENDENT.contains(call.function().name())
              || call.arguments().stream().anyMatch(AtPinning::isTimeDependent);
      case SubqueryExpr subquery -> false;
      case ParenExpr paren -> isTimeDependent(paren.expr());
      case UnaryExpr unary -> isTimeDependent(unary.expr());
      case BinaryExpr binary -> isTimeDependent(binary.left()) || isTimeDependent(binary.right());
      case AggregateExpr aggregate ->
          isTimeDependent(aggregate.expr())
              || (aggregate.parameter() != null && isTimeDependent(aggregate.parameter()));
      case VectorSelector selector -> false;
      case MatrixSelector matrix -> false;
      case NumberLiteral number -> false;
      case StringLiteral string -> false;
    };
  }

  static Expr pin(Expr expr, long timeMillis) {
    return switch (expr) {
      case NumberLiteral number -> number;
      case StringLiteral string -> string;
      case VectorSelector selector -> pinSelector(selector, timeMillis);
      case MatrixSelector matrix ->
          new MatrixSelector(
              pinSelector(matrix.selector(), timeMillis),
              matrix.rangeMillis(),
              matrix.rangeExpression(),
              matrix.position());
      case SubqueryExpr subquery ->
          subquery.at() instanceof AtModifier.Timestamp
              ? subquery
              : new SubqueryExpr(
                  subquery.expr(),
                  subquery.rangeMillis(),
                  subquery.rangeExpression(),
                  subquery.stepMillis(),
                  subquery.stepExpression(),
                  subquery.offsetMillis(),
                  subquery.offsetExpression(),
                  new AtModifier.Timestamp(timeMillis),
                  subquery.position());
      case ParenExpr paren -> new ParenExpr(pin(paren.expr(), timeMillis), paren.position());
      case UnaryExpr unary ->
          new UnaryExpr(unary.negative(), pin(unary.expr(), timeMillis), unary.position());
      case BinaryExpr binary ->
          new BinaryExpr(
              binary.operator(),
              pin(binary.left(), timeMillis),
              pin(binary.right(), timeMillis),
              binary.returnBool(),
              binary.matching(),
              binary.position());
      case AggregateExpr aggregate ->
          new AggregateExpr(
              aggregate.operator(),
              pin(aggregate.expr(), timeMillis),
              aggregate.parameter() == null ? null : pin(aggregate.parameter(), timeMillis),
              aggregate.grouping(),
              aggregate.without(),
              aggregate.position());
      case Call call -> {
        List<Expr> arguments = new ArrayList<>();
        for (Expr argument : call.arguments()) {
          arguments.add(pin(argument, timeMillis));
        }
        yield new Call(call.function(), arguments, call.position());
      }
    };
  }

  private static VectorSelector pinSelector(VectorSelector selector, long timeMillis) {
    if (selector.at() instanceof AtModifier.Timestamp) {
      return selector;
    }
    return new VectorSelector(
        selector.name(),
        selector.matchers(),
        selector.offsetMillis(),
        selector.offsetExpression(),
        new AtModifier.Timestamp(timeMillis),
        selector.rangeModifier(),
        selector.position());
  }
}
