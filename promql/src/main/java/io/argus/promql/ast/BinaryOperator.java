package io.argus.promql.ast;

/** PromQL's binary operators with their precedence (higher binds tighter) and associativity. */
public enum BinaryOperator {
  OR("or", 1),
  AND("and", 2),
  UNLESS("unless", 2),
  EQL("==", 3),
  NEQ("!=", 3),
  GTR(">", 3),
  LSS("<", 3),
  GTE(">=", 3),
  LTE("<=", 3),
  ADD("+", 4),
  SUB("-", 4),
  MUL("*", 5),
  DIV("/", 5),
  MOD("%", 5),
  ATAN2("atan2", 5),
  /**
   * {@code </}: trims a native histogram's observations above the scalar (keeps the lower part).
   * Prometheus 3.x, native histograms only; same precedence as multiplication.
   */
  TRIM_UPPER("</", 5),
  /** {@code >/}: trims a native histogram's observations below the scalar (keeps the upper part). */
  TRIM_LOWER(">/", 5),
  POW("^", 6);

  private final String symbol;
  private final int precedence;

  BinaryOperator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  /** The operator as written in a query. */
  public String symbol() {
    return symbol;
  }

  public int precedence() {
    return precedence;
  }

  /** Only {@code ^} associates to the right. */
  public boolean isRightAssociative() {
    return this == POW;
  }

  /** {@code == != > < >= <=}, which filter unless {@code bool} is given. */
  public boolean isComparison() {
    return precedence == 3;
  }

  /** {@code and or unless}, which work on label sets, not values. */
  public boolean isSetOperator() {
    return this == AND || this == OR || this == UNLESS;
  }
}
