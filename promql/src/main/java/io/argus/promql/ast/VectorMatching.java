package io.argus.promql.ast;

import java.util.List;

/**
 * How the two sides of a binary operation between vectors are matched.
 *
 * @param cardinality one-to-one unless {@code group_left}/{@code group_right}; many-to-many for
 *     set operators
 * @param matchingLabels the labels of {@code on(...)} or {@code ignoring(...)}
 * @param on true for {@code on}, false for {@code ignoring} (or neither)
 * @param include the extra labels of {@code group_left(...)} or {@code group_right(...)}
 */
public record VectorMatching(
    Cardinality cardinality, List<String> matchingLabels, boolean on, List<String> include) {

  public VectorMatching {
    matchingLabels = List.copyOf(matchingLabels);
    include = List.copyOf(include);
  }

  public enum Cardinality {
    ONE_TO_ONE,
    MANY_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY
  }
}
