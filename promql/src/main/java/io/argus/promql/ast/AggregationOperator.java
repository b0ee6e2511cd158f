package io.argus.promql.ast;

/** PromQL's aggregation operators, and which take a parameter before the vector. */
public enum AggregationOperator {
  SUM("sum", null),
  AVG("avg", null),
  COUNT("count", null),
  MIN("min", null),
  MAX("max", null),
  GROUP("group", null),
  STDDEV("stddev", null),
  STDVAR("stdvar", null),
  TOPK("topk", ValueType.SCALAR),
  BOTTOMK("bottomk", ValueType.SCALAR),
  COUNT_VALUES("count_values", ValueType.STRING),
  QUANTILE("quantile", ValueType.SCALAR),
  LIMITK("limitk", ValueType.SCALAR),
  LIMIT_RATIO("limit_ratio", ValueType.SCALAR);

  private final String keyword;
  private final ValueType parameterType;

  AggregationOperator(String keyword, ValueType parameterType) {
    this.keyword = keyword;
    this.parameterType = parameterType;
  }

  /** The operator as written in a query. */
  public String keyword() {
    return keyword;
  }

  /** The type of the parameter, or null when the operator takes none. */
  public ValueType parameterType() {
    return parameterType;
  }

  /** The operator for {@code keyword}, or null. */
  public static AggregationOperator forKeyword(String keyword) {
    for (AggregationOperator operator : values()) {
      if (operator.keyword.equals(keyword)) {
        return operator;
      }
    }
    return null;
  }
}
