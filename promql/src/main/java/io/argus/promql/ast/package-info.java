/**
 * The PromQL syntax tree: a sealed {@link io.argus.promql.ast.Expr} hierarchy of records that the
 * parser produces, the printer prints and the engine evaluates by exhaustive {@code switch}. Every
 * node carries its {@link io.argus.promql.ast.PositionRange} in the query text so that type errors
 * and runtime warnings can point at the offending part. Times are milliseconds. Depends only on
 * {@code core}'s matchers.
 */
package io.argus.promql.ast;
