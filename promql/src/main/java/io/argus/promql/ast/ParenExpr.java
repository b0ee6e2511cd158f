package io.argus.promql.ast;

/** A parenthesised expression, kept so the printer can reproduce the user's grouping. */
public record ParenExpr(Expr expr, PositionRange position) implements Expr {

  @Override
  public ValueType type() {
    return expr.type();
  }
}
