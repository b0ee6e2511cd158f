package io.argus.promql.ast;

/**
 * A subquery, {@code <expr>[<range>:<step>] offset … @ …}.
 *
 * @param stepMillis the step, or 0 when omitted (the engine then uses the default evaluation
 *     interval)
 */
public record SubqueryExpr(
    Expr expr,
    long rangeMillis,
    long stepMillis,
    long offsetMillis,
    AtModifier at,
    PositionRange position)
    implements Expr {

  @Override
  public ValueType type() {
    return ValueType.RANGE_VECTOR;
  }
}
