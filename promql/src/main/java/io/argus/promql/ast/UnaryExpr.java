package io.argus.promql.ast;

/**
 * A unary minus or plus applied to a scalar or instant vector.
 *
 * @param negative true for {@code -}, false for {@code +}
 */
public record UnaryExpr(boolean negative, Expr expr, PositionRange position) implements Expr {

  @Override
  public ValueType type() {
    return expr.type();
  }
}
