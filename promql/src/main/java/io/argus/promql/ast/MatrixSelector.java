package io.argus.promql.ast;

/** A range vector selector: a vector selector with a range, {@code foo[5m]}. */
public record MatrixSelector(VectorSelector selector, long rangeMillis, PositionRange position)
    implements Expr {

  @Override
  public ValueType type() {
    return ValueType.RANGE_VECTOR;
  }
}
