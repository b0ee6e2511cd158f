package io.argus.promql.ast;

/**
 * A range vector selector: a vector selector with a range, {@code foo[5m]}. Offset, {@code @} and
 * {@code anchored}/{@code smoothed} live on the inner {@link VectorSelector}.
 *
 * @param rangeMillis the range; 0 when {@code rangeExpression} is not constant (uses {@code
 *     step()} or {@code range()}), in which case the engine evaluates it for each query
 * @param rangeExpression the range when written as a duration expression ({@code [2m * 15]},
 *     {@code [step()]}), or null when it was a plain literal ({@code [5m]}, {@code [300]})
 */
public record MatrixSelector(
    VectorSelector selector, long rangeMillis, DurationExpr rangeExpression, PositionRange position)
    implements Expr {

  /** A selector with a literal range (the original signature). */
  public MatrixSelector(VectorSelector selector, long rangeMillis, PositionRange position) {
    this(selector, rangeMillis, null, position);
  }

  /** The range for a query with this step and range; see {@link #rangeMillis}. */
  public long rangeMillis(long queryStepMillis, long queryRangeMillis) {
    return rangeExpression == null || rangeExpression.isConstant()
        ? rangeMillis
        : rangeExpression.evaluateMillis(queryStepMillis, queryRangeMillis);
  }

  @Override
  public ValueType type() {
    return ValueType.RANGE_VECTOR;
  }
}
