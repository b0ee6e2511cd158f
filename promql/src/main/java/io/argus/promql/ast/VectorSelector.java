package io.argus.promql.ast;

import io.argus.core.label.Matcher;
import java.util.List;

/**
 * An instant vector selector such as {@code http_requests_total{job="api"} offset 5m @ 1700000000}.
 * The metric name, when written, is also present in {@code matchers} as a {@code __name__}
 * equality matcher, so the engine needs only the matchers.
 *
 * @param name the metric name as written, or null when the selector has none
 * @param matchers all matchers including the name matcher; at least one does not match ""
 * @param offsetMillis the offset; negative offsets look into the future
 * @param at the {@code @} modifier
 */
public record VectorSelector(
    String name, List<Matcher> matchers, long offsetMillis, AtModifier at, PositionRange position)
    implements Expr {

  public VectorSelector {
    matchers = List.copyOf(matchers);
  }

  @Override
  public ValueType type() {
    return ValueType.INSTANT_VECTOR;
  }
}
