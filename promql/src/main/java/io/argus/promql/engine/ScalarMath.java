package io.argus.promql.engine;

import io.argus.promql.ast.BinaryOperator;

/** The arithmetic and comparisons of PromQL on two floats, with Go's {@code math.Pow} corners. */
final class ScalarMath {

  private ScalarMath() {}

  static double apply(BinaryOperator operator, double left, double right) {
    return switch (operator) {
      case ADD -> left + right;
      case SUB -> left - right;
      case MUL -> left * right;
      case DIV -> left / right;
      case MOD -> left % right;
      case POW -> pow(left, right);
      case ATAN2 -> Math.atan2(left, right);
      case EQL, NEQ, GTR, LSS, GTE, LTE -> left;
      // Trimming applies to native histograms only; BinaryOperations drops float samples.
      case TRIM_UPPER, TRIM_LOWER -> Double.NaN;
      case AND, OR, UNLESS ->
          throw QueryException.badData(
              "set operator " + operator.symbol() + " not allowed between scalars");
    };
  }

  static boolean comparisonHolds(BinaryOperator operator, double left, double right) {
    return switch (operator) {
      case EQL -> left == right;
      case NEQ -> left != right;
      case GTR -> left > right;
      case LSS -> left < right;
      case GTE -> left >= right;
      case LTE -> left <= right;
      default -> throw new IllegalArgumentException(operator + " is not a comparison");
    };
  }

  /** Go's math.Pow: unlike Java, 1^y is 1 for every y and (-1)^±Inf is 1. */
  static double pow(double base, double exponent) {
    if (base == 1) {
      return 1;
    }
    if (base == -1 && Double.isInfinite(exponent)) {
      return 1;
    }
    return Math.pow(base, exponent);
  }
}
