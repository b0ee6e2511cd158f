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

/**
 * Refuses queries that use features the engine options disable, with Prometheus' messages:
 * {@code @ modifier is disabled} and {@code negative offset is disabled}.
 */
final class QueryValidation {

  private QueryValidation() {}

  static void check(Expr expr, EngineOptions options) {
    if (options.enableAtModifier() && options.enableNegativeOffset()) {
      return;
    }
    visit(expr, options);
  }

  private static void visit(Expr expr, EngineOptions options) {
    switch (expr) {
      case VectorSelector selector -> checkModifiers(selector.at(), selector.offsetMillis(), options);
      case MatrixSelector matrix -> visit(matrix.selector(), options);
      case SubqueryExpr subquery -> {
        checkModifiers(subquery.at(), subquery.offsetMillis(), options);
        visit(subquery.expr(), options);
      }
      case ParenExpr paren -> visit(paren.expr(), options);
      case UnaryExpr unary -> visit(unary.expr(), options);
      case BinaryExpr binary -> {
        visit(binary.left(), options);
        visit(binary.right(), options);
      }
      case AggregateExpr aggregate -> {
        visit(aggregate.expr(), options);
        if (aggregate.parameter() != null) {
          visit(aggregate.parameter(), options);
        }
      }
      case Call call -> call.arguments().forEach(argument -> visit(argument, options));
      case NumberLiteral number -> {}
      case StringLiteral string -> {}
    }
  }

  private static void checkModifiers(AtModifier at, long offsetMillis, EngineOptions options) {
    if (!options.enableAtModifier() && !(at instanceof AtModifier.None)) {
      throw QueryException.badData("@ modifier is disabled");
    }
    if (!options.enableNegativeOffset() && offsetMillis < 0) {
      throw QueryException.badData("negative offset is disabled");
    }
  }
}
