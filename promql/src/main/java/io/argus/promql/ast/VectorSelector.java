package io.argus.promql.ast;

import io.argus.core.label.Matcher;
import java.util.List;

/**
 * An instant vector selector such as {@code http_requests_total{job="api"} offset 5m @ 1700000000}.
 * The metric name, when written, is also present in {@code matchers} as a {@code __name__}
 * equality matcher, so the engine needs only the matchers.
 *
 * @param name the metric name as written, either before the braces or as a quoted name inside them
 *     ({@code {"my.metric"}}), or null when the selector has none
 * @param matchers all matchers including the name matcher; at least one does not match ""
 * @param offsetMillis the offset; negative offsets look into the future. When {@code
 *     offsetExpression} is not constant (it uses {@code step()} or {@code range()}) this is 0 and the
 *     engine must evaluate the expression for each query.
 * @param offsetExpression the offset when written as a duration expression ({@code offset (1m +
 *     2s)}, {@code offset step()}), or null when it was a plain (possibly negative) literal or absent
 * @param at the {@code @} modifier
 * @param rangeModifier {@code anchored} or {@code smoothed} written after the selector (or after
 *     the range of the matrix selector that wraps it)
 */
public record VectorSelector(
    String name,
    List<Matcher> matchers,
    long offsetMillis,
    DurationExpr offsetExpression,
    AtModifier at,
    RangeModifier rangeModifier,
    PositionRange position)
    implements Expr {

  public VectorSelector {
    matchers = List.copyOf(matchers);
    if (rangeModifier == null) {
      rangeModifier = RangeModifier.NONE;
    }
  }

  /** A selector without offset expression or range modifier (the original signature). */
  public VectorSelector(
      String name, List<Matcher> matchers, long offsetMillis, AtModifier at, PositionRange position) {
    this(name, matchers, offsetMillis, null, at, RangeModifier.NONE, position);
  }

  /**
   * The offset for a query with this step and range: {@link #offsetMillis} unless the offset is a
   * duration expression that uses {@code step()} or {@code range()}.
   */
  public long offsetMillis(long queryStepMillis, long queryRangeMillis) {
    return offsetExpression == null || offsetExpression.isConstant()
        ? offsetMillis
        : offsetExpression.evaluateMillis(queryStepMillis, queryRangeMillis);
  }

  @Override
  public ValueType type() {
    return ValueType.INSTANT_VECTOR;
  }
}
