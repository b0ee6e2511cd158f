package io.argus.promql.ast;

/** A number: decimal, hexadecimal, with exponent, {@code Inf} or {@code NaN}. */
public record NumberLiteral(double value, PositionRange position) implements Expr {

  @Override
  public ValueType type() {
    return ValueType.SCALAR;
  }
}
