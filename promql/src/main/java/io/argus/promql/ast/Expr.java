package io.argus.promql.ast;

/** A PromQL expression. Immutable; equality is structural and includes positions. */
public sealed interface Expr
    permits NumberLiteral,
        StringLiteral,
        VectorSelector,
        MatrixSelector,
        SubqueryExpr,
        ParenExpr,
        UnaryExpr,
        BinaryExpr,
        AggregateExpr,
        Call {

  /** The type of value this expression evaluates to. */
  ValueType type();

  /** Where this expression stands in the query text. */
  PositionRange position();
}
