package io.argus.promql.ast;

/**
 * A binary operation.
 *
 * @param returnBool whether {@code bool} was given (comparisons return 0/1 instead of filtering)
 * @param matching how vectors are matched; null when at least one side is a scalar
 */
public record BinaryExpr(
    BinaryOperator operator,
    Expr left,
    Expr right,
    boolean returnBool,
    VectorMatching matching,
    PositionRange position)
    implements Expr {

  @Override
  public ValueType type() {
    return left.type() == ValueType.SCALAR && right.type() == ValueType.SCALAR
        ? ValueType.SCALAR
        : ValueType.INSTANT_VECTOR;
  }
}
