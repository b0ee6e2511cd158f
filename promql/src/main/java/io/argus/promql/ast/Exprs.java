package io.argus.promql.ast;

/** Small structural helpers over {@link Expr} trees that several parts of the module need. */
public final class Exprs {

  private Exprs() {}

  /** The expression inside any number of parentheses: {@code ((x))} gives {@code x}. */
  public static Expr unwrapParens(Expr expr) {
    Expr current = expr;
    while (current instanceof ParenExpr paren) {
      current = paren.expr();
    }
    return current;
  }
}
