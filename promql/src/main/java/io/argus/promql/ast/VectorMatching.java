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
 * @param fillLeft the experimental {@code fill_left(v)} / {@code fill(v)} value
 *     ({@code --enable-feature=promql-binop-fill-modifiers}): a series of the right side without a
 *     match on the left is paired with a left sample of this value instead of being dropped; null
 *     when not given. NaN is a legal fill value.
 * @param fillRight likewise for {@code fill_right(v)} / {@code fill(v)}: left series without a
 *     match on the right are paired with this value
 */
public record VectorMatching(
    Cardinality cardinality,
    List<String> matchingLabels,
    boolean on,
    List<String> include,
    Double fillLeft,
    Double fillRight) {

  public VectorMatching {
    matchingLabels = List.copyOf(matchingLabels);
    include = List.copyOf(include);
  }

  /** Matching without fill modifiers (the original signature). */
  public VectorMatching(
      Cardinality cardinality, List<String> matchingLabels, boolean on, List<String> include) {
    this(cardinality, matchingLabels, on, include, null, null);
  }

  /** Whether a fill modifier was given. */
  public boolean hasFill() {
    return fillLeft != null || fillRight != null;
  }

  public enum Cardinality {
    ONE_TO_ONE,
    MANY_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY
  }
}
