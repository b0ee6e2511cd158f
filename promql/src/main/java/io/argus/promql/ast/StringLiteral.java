package io.argus.promql.ast;

/** A string literal, with escapes already resolved. */
public record StringLiteral(String value, PositionRange position) implements Expr {

  @Override
  public ValueType type() {
    return ValueType.STRING;
  }
}
