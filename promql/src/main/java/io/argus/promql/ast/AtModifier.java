package io.argus.promql.ast;

/**
 * The {@code @} modifier of a selector or subquery: absent, a fixed time, or the query's
 * {@code start()} or {@code end()}, resolved by the engine for each query.
 */
public sealed interface AtModifier {

  /** No {@code @} modifier. */
  AtModifier NONE = new None();

  record None() implements AtModifier {}

  /** {@code @ <seconds>}, stored in milliseconds. */
  record Timestamp(long timestampMillis) implements AtModifier {}

  /** {@code @ start()}. */
  record Start() implements AtModifier {}

  /** {@code @ end()}. */
  record End() implements AtModifier {}
}
