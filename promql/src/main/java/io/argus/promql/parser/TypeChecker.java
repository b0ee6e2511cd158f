package io.argus.promql.parser;

import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.FunctionSignature;
import io.argus.promql.ast.Functions;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.ValueType;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorMatching.Cardinality;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.printer.GoQuote;
import java.util.List;
import java.util.Map;

/**
 * The type checks Prometheus runs over a syntactically valid query ({@code checkAST}), in its
 * order and with its wording: function arity and argument types, aggregation operand and parameter
 * types, what binary operators accept ({@code bool} only on comparisons, scalar comparisons need
 * {@code bool}, set operators only between vectors, no grouping for them), unary and subquery
 * operand types, and that a selector without a metric name has a matcher that does not match the
 * empty string. The first error found is thrown.
 */
final class TypeChecker {

  private final TokenStream tokens;
  private final Map<Expr, String> deferredErrors;

  TypeChecker(TokenStream tokens, Map<Expr, String> deferredErrors) {
    this.tokens = tokens;
    this.deferredErrors = deferredErrors;
  }

  ValueType check(Expr expr) {
    return switch (expr) {
      case NumberLiteral number -> ValueType.SCALAR;
      case StringLiteral string -> ValueType.STRING;
      case VectorSelector selector -> {
        checkSelector(selector);
        yield ValueType.INSTANT_VECTOR;
      }
      case MatrixSelector matrix -> {
        check(matrix.selector());
        yield ValueType.RANGE_VECTOR;
      }
      case ParenExpr paren -> check(paren.expr());
      case UnaryExpr unary -> {
        ValueType type = check(unary.expr());
        if (type != ValueType.SCALAR && type != ValueType.INSTANT_VECTOR) {
          throw tokens.error(
              unary.position(),
              "unary expression only allowed on expressions of type scalar or instant vector, got "
                  + GoQuote.quote(type.description()));
        }
        yield type;
      }
      case SubqueryExpr subquery -> {
        ValueType type = check(subquery.expr());
        if (type != ValueType.INSTANT_VECTOR) {
          throw tokens.error(
              subquery.position(),
              "subquery is only allowed on instant vector, got " + type.apiName() + " instead");
        }
        yield ValueType.RANGE_VECTOR;
      }
      case AggregateExpr aggregate -> {
        expectType(aggregate.expr(), ValueType.INSTANT_VECTOR, "aggregation expression");
        if (aggregate.operator().parameterType() != null) {
          expectType(
              aggregate.parameter(), aggregate.operator().parameterType(), "aggregation parameter");
        }
        yield ValueType.INSTANT_VECTOR;
      }
      case Call call -> {
        checkCall(call);
        yield call.function().returnType();
      }
      case BinaryExpr binary -> checkBinary(binary);
    };
  }

  private void expectType(Expr expr, ValueType expected, String context) {
    ValueType actual = check(expr);
    if (actual != expected) {
      throw tokens.error(
          expr.position(),
          "expected type "
              + expected.description()
              + " in "
              + context
              + ", got "
              + actual.description());
    }
  }

  private void checkSelector(VectorSelector selector) {
    if (selector.name() != null) {
      return; // an explicit metric name never matches the empty string
    }
    for (Matcher matcher : selector.matchers()) {
      if (!matcher.matchesEmpty()) {
        return;
      }
    }
    throw tokens.error(
        selector.position(), "vector selector must contain at least one non-empty matcher");
  }

  private void checkCall(Call call) {
    FunctionSignature function = call.function();
    List<Expr> arguments = call.arguments();
    int count = arguments.size();
    String name = GoQuote.quote(function.name());
    int declared = function.argumentTypes().size();
    if (function.variadic() == 0) {
      if (count != declared) {
        throw tokens.error(
            call.position(),
            "expected " + declared + " argument(s) in call to " + name + ", got " + count);
      }
    } else {
      int minimum = Functions.minimumArguments(function);
      int maximum = Functions.maximumArguments(function);
      if (count < minimum) {
        throw tokens.error(
            call.position(),
            "expected at least " + minimum + " argument(s) in call to " + name + ", got " + count);
      }
      if (count > maximum) {
        throw tokens.error(
            call.position(),
            "expected at most " + maximum + " argument(s) in call to " + name + ", got " + count);
      }
    }
    for (int i = 0; i < count; i++) {
      if (i == 1 && function.name().equals("info")) {
        checkInfoSelector(arguments.get(i));
        continue;
      }
      expectType(
          arguments.get(i),
          Functions.argumentType(function, i),
          "call to function " + name);
    }
  }

  /**
   * The second argument of {@code info} is a bare label selector ({@code {data=~".*"}}, no metric
   * name before the braces) that selects info series by their labels; it may match the empty
   * string, so it skips the usual non-empty-matcher rule.
   */
  private void checkInfoSelector(Expr argument) {
    if (!(argument instanceof VectorSelector selector)) {
      throw tokens.error(argument.position(), "expected label selectors only");
    }
    if (selector.name() != null && !selector.position().equals(PositionRange.NONE)
        && tokens.query().charAt(selector.position().start()) != '{') {
      throw tokens.error(
          argument.position(), "expected label selectors only, got vector selector instead");
    }
  }

  private ValueType checkBinary(BinaryExpr binary) {
    ValueType left = check(binary.left());
    ValueType right = check(binary.right());
    BinaryOperator operator = binary.operator();
    if (binary.returnBool() && !operator.isComparison()) {
      throw tokens.error(operatorRange(binary), "bool modifier can only be used on comparison operators");
    }
    if (operator.isComparison()
        && !binary.returnBool()
        && left == ValueType.SCALAR
        && right == ValueType.SCALAR) {
      throw tokens.error(operatorRange(binary), "comparisons between scalars must use BOOL modifier");
    }
    VectorMatching matching = binary.matching();
    if (matching != null && matching.on()) {
      for (String label : matching.matchingLabels()) {
        if (matching.include().contains(label)) {
          throw tokens.error(
              operatorRange(binary),
              "label " + GoQuote.quote(label) + " must not occur in ON and GROUP clause at once");
        }
      }
    }
    if (left != ValueType.SCALAR && left != ValueType.INSTANT_VECTOR) {
      throw tokens.error(
          binary.left().position(), "binary expression must contain only scalar and instant vector types");
    }
    if (right != ValueType.SCALAR && right != ValueType.INSTANT_VECTOR) {
      throw tokens.error(
          binary.right().position(), "binary expression must contain only scalar and instant vector types");
    }
    String deferred = deferredErrors.get(binary);
    if (deferred != null) {
      throw tokens.error(binary.position(), deferred);
    }
    if (matching != null && operator.isSetOperator()) {
      if (matching.cardinality() == Cardinality.ONE_TO_MANY
          || matching.cardinality() == Cardinality.MANY_TO_ONE) {
        throw tokens.error(
            binary.position(),
            "no grouping allowed for " + GoQuote.quote(operator.symbol()) + " operation");
      }
      if (matching.hasFill()) {
        throw tokens.error(
            binary.position(),
            "fill modifiers not allowed for " + GoQuote.quote(operator.symbol()) + " operation");
      }
    }
    if ((left == ValueType.SCALAR || right == ValueType.SCALAR) && operator.isSetOperator()) {
      throw tokens.error(
          binary.position(),
          "set operator " + GoQuote.quote(operator.symbol()) + " not allowed in binary scalar expression");
    }
    return left == ValueType.SCALAR && right == ValueType.SCALAR
        ? ValueType.SCALAR
        : ValueType.INSTANT_VECTOR;
  }

  /** The text between the operands, trimmed: the operator and its modifiers. */
  private PositionRange operatorRange(BinaryExpr binary) {
    String query = tokens.query();
    int start = binary.left().position().end();
    int end = binary.right().position().start();
    while (start < end && Character.isWhitespace(query.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(query.charAt(end - 1))) {
      end--;
    }
    return new PositionRange(start, end);
  }
}
