package io.argus.promql.printer;

import io.argus.promql.ast.AggregateExpr;
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
 * Prometheus' query prettifier, rule for rule, so that /api/v1/format_query answers as Prometheus
 * does: a node whose single-line form fits in 100 characters is printed on one line at its
 * indentation; a longer aggregation, call or parenthesis opens, puts its children one level deeper
 * on their own lines and closes on a line of its own; a longer binary expression puts its operator
 * (with modifiers) on a line between its operands. Subqueries and unary expressions keep
 * Prometheus' quirks (a short subquery is not indented; a unary sign sticks to its operand).
 */
final class Prettifier {

  /** Prometheus' line length limit. */
  static final int MAX_CHARACTERS_PER_LINE = 100;

  private final int maxLineLength;

  Prettifier(int maxLineLength) {
    this.maxLineLength = maxLineLength;
  }

  String pretty(Expr expr, int level) {
    return switch (expr) {
      case AggregateExpr aggregate -> aggregate(aggregate, level);
      case BinaryExpr binary -> binary(binary, level);
      case Call call -> call(call, level);
      case ParenExpr paren -> {
        if (!needsSplit(paren)) {
          yield indent(level) + PromqlPrinter.print(paren);
        }
        yield indent(level) + "(\n" + pretty(paren.expr(), level + 1) + "\n" + indent(level) + ")";
      }
      case SubqueryExpr subquery -> {
        if (!needsSplit(subquery)) {
          yield PromqlPrinter.print(subquery);
        }
        StringBuilder suffix = new StringBuilder();
        PromqlPrinter.appendSubquerySuffix(suffix, subquery);
        yield pretty(subquery.expr(), level) + suffix;
      }
      case UnaryExpr unary ->
          indent(level) + (unary.negative() ? "-" : "+") + pretty(unary.expr(), level).strip();
      case VectorSelector selector -> indent(level) + PromqlPrinter.print(selector);
      case MatrixSelector matrix -> indent(level) + PromqlPrinter.print(matrix);
      case NumberLiteral number -> indent(level) + PromqlPrinter.print(number);
      case StringLiteral string -> indent(level) + PromqlPrinter.print(string);
    };
  }

  private String aggregate(AggregateExpr aggregate, int level) {
    if (!needsSplit(aggregate)) {
      return indent(level) + PromqlPrinter.print(aggregate);
    }
    StringBuilder out = new StringBuilder(indent(level));
    PromqlPrinter.appendAggregationHead(out, aggregate);
    out.append("(\n");
    if (aggregate.parameter() != null) {
      out.append(pretty(aggregate.parameter(), level + 1)).append(",\n");
    }
    out.append(pretty(aggregate.expr(), level + 1)).append('\n').append(indent(level)).append(')');
    return out.toString();
  }

  private String binary(BinaryExpr binary, int level) {
    if (!needsSplit(binary)) {
      return indent(level) + PromqlPrinter.print(binary);
    }
    StringBuilder operator = new StringBuilder();
    PromqlPrinter.appendOperatorAndModifiers(operator, binary);
    return pretty(binary.left(), level + 1)
        + "\n"
        + indent(level)
        + operator
        + "\n"
        + pretty(binary.right(), level + 1);
  }

  private String call(Call call, int level) {
    if (!needsSplit(call)) {
      return indent(level) + PromqlPrinter.print(call);
    }
    StringBuilder out = new StringBuilder(indent(level));
    out.append(call.function().name()).append("(\n");
    for (int i = 0; i < call.arguments().size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      out.append(pretty(call.arguments().get(i), level + 1));
    }
    return out.append('\n').append(indent(level)).append(')').toString();
  }

  private boolean needsSplit(Expr expr) {
    return PromqlPrinter.print(expr).length() > maxLineLength;
  }

  private static String indent(int level) {
    return "  ".repeat(level);
  }
}
