package io.argus.promql.ast;

/**
 * A subquery, {@code <expr>[<range>:<step>] offset … @ …}.
 *
 * <p>Each of range, step and offset may be written as a {@link DurationExpr}; the matching {@code
 * …Expression} component then holds it (null for a plain literal or when absent). A constant
 * expression is also evaluated into the millisecond field; one that uses {@code step()} or {@code
 * range()} leaves the field 0 and is evaluated by the engine per query (see the two-argument
 * accessors).
 *
 * @param stepMillis the step, or 0 when omitted (the engine then uses the default evaluation
 *     interval)
 */
public record SubqueryExpr(
    Expr expr,
    long rangeMillis,
    DurationExpr rangeExpression,
    long stepMillis,
    DurationExpr stepExpression,
    long offsetMillis,
    DurationExpr offsetExpression,
    AtModifier at,
    PositionRange position)
    implements Expr {

  /** A subquery with literal range, step and offset (the original signature). */
  public SubqueryExpr(
      Expr expr,
      long rangeMillis,
      long stepMillis,
      long offsetMillis,
      AtModifier at,
      PositionRange position) {
    this(expr, rangeMillis, null, stepMillis, null, offsetMillis, null, at, position);
  }

  /** The range for a query with this step and range. */
  public long rangeMillis(long queryStepMillis, long queryRangeMillis) {
    return evaluate(rangeExpression, rangeMillis, queryStepMillis, queryRangeMillis);
  }

  /** The step for a query with this step and range (0: use the default evaluation interval). */
  public long stepMillis(long queryStepMillis, long queryRangeMillis) {
    return evaluate(stepExpression, stepMillis, queryStepMillis, queryRangeMillis);
  }

  /** The offset for a query with this step and range. */
  public long offsetMillis(long queryStepMillis, long queryRangeMillis) {
    return evaluate(offsetExpression, offsetMillis, queryStepMillis, queryRangeMillis);
  }

  private static long evaluate(
      DurationExpr expression, long constantMillis, long queryStepMillis, long queryRangeMillis) {
    return expression == null || expression.isConstant()
        ? constantMillis
        : expression.evaluateMillis(queryStepMillis, queryRangeMillis);
  }

  @Override
  public ValueType type() {
    return ValueType.RANGE_VECTOR;
  }
}
