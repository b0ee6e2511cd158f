package io.argus.promql.ast;

import java.util.List;

/**
 * An aggregation such as {@code sum by (job) (rate(x[5m]))} or {@code topk(3, x)}.
 *
 * @param parameter the parameter of topk, bottomk, quantile, count_values, limitk, limit_ratio, or
 *     null
 * @param grouping the labels of {@code by} or {@code without}
 * @param without true for {@code without}, false for {@code by} or no grouping clause
 */
public record AggregateExpr(
    AggregationOperator operator,
    Expr expr,
    Expr parameter,
    List<String> grouping,
    boolean without,
    PositionRange position)
    implements Expr {

  public AggregateExpr {
    grouping = List.copyOf(grouping);
  }

  @Override
  public ValueType type() {
    return ValueType.INSTANT_VECTOR;
  }
}
