/**
 * The PromQL evaluator: {@link io.argus.promql.engine.Engine} runs instant and range queries over
 * an {@link io.argus.promql.ast.Expr} against a {@link io.argus.core.storage.Queryable}, with
 * Prometheus 3 semantics (left-open selection windows, lookback delta, staleness markers, {@code @}
 * and offsets, subquery step alignment, delayed {@code __name__} removal). Results are the sealed
 * {@link io.argus.promql.engine.Value} kinds. A query first plans which time range every selector
 * reads, loads each selector once, then evaluates the tree step by step. Depends on {@code core}
 * and the AST only, never on the parser or on a storage implementation.
 */
package io.argus.promql.engine;
