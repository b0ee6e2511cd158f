package io.argus.promql.ast;

/**
 * A duration written as an expression rather than a plain literal, as Prometheus 3 allows with
 * {@code --enable-feature=promql-duration-expr}: in a range ({@code foo[2m * 15]}), in a subquery's
 * range and step ({@code foo[29s + 1s:step()]}) and after {@code offset} ({@code offset
 * (100 + 2)}, {@code offset -step() }, {@code offset min_of(step(), 1s)}).
 *
 * <p>Arithmetic happens in floating-point <em>seconds</em>, as in Prometheus: a plain number is a
 * count of seconds ({@code [1800]} is 30 minutes), a duration literal is converted to seconds, and
 * {@code 14s % 4} is 2 seconds. The result is converted to milliseconds by truncation toward zero
 * ({@link #evaluateMillis}).
 *
 * <p>{@code step()} and {@code range()} depend on the query, so an expression that contains them
 * can only be evaluated by the engine when it prepares a query; everything else is constant, and
 * the parser then stores the evaluated value in the owning node's millisecond field as well (the
 * expression is kept so that the printer can reproduce it).
 */
public sealed interface DurationExpr {

  /** Where this expression stands in the query text. */
  PositionRange position();

  /**
   * The value in seconds.
   *
   * @param stepMillis the query's step, the value of {@code step()} (0 for instant queries)
   * @param rangeMillis the query's range {@code end - start}, the value of {@code range()}
   * @throws IllegalArgumentException with Prometheus' wording for {@code division by zero} and
   *     {@code modulo by zero}
   */
  double evaluateSeconds(long stepMillis, long rangeMillis);

  /** Whether the expression contains neither {@code step()} nor {@code range()}. */
  boolean isConstant();

  /**
   * The value in milliseconds, truncated toward zero as Prometheus converts it, after absorbing
   * the floating-point error of the seconds representation (so {@code 1.001} seconds is 1001 ms).
   *
   * @throws IllegalArgumentException when the value is NaN or does not fit a {@code long} of
   *     nanoseconds (Prometheus' limit, about ±292 years): {@code duration out of range}
   */
  default long evaluateMillis(long stepMillis, long rangeMillis) {
    double seconds = evaluateSeconds(stepMillis, rangeMillis);
    if (Double.isNaN(seconds) || seconds >= 9_223_372_036.854775 || seconds <= -9_223_372_036.854775) {
      throw new IllegalArgumentException("duration out of range");
    }
    double millis = seconds * 1000;
    double nearest = Math.rint(millis);
    // Seconds are binary fractions: 98d19h4m44s19ms is 8535884.019 s, whose product with 1000 is
    // 8535884018.999999. Prometheus truncates that to …018 ms; we first absorb such representation
    // error (a few ulps) and only then truncate, so a written millisecond is never lost.
    if (Math.abs(millis - nearest) <= 4 * Math.ulp(millis)) {
      return (long) nearest;
    }
    return (long) millis;
  }

  /**
   * A number of seconds or a duration literal.
   *
   * @param seconds the value in seconds
   * @param writtenAsDuration true for {@code 5m}, false for {@code 300}; only the printer cares
   */
  record Literal(double seconds, boolean writtenAsDuration, PositionRange position)
      implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      return seconds;
    }

    @Override
    public boolean isConstant() {
      return true;
    }
  }

  /** {@code -e} or {@code +e}. */
  record Unary(boolean negative, DurationExpr operand, PositionRange position)
      implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      double value = operand.evaluateSeconds(stepMillis, rangeMillis);
      return negative ? -value : value;
    }

    @Override
    public boolean isConstant() {
      return operand.isConstant();
    }
  }

  /**
   * {@code a op b} for one of {@code + - * / % ^}.
   *
   * @param operator one of ADD, SUB, MUL, DIV, MOD, POW
   */
  record Binary(BinaryOperator operator, DurationExpr left, DurationExpr right, PositionRange position)
      implements DurationExpr {

    public Binary {
      switch (operator) {
        case ADD, SUB, MUL, DIV, MOD, POW -> {}
        default ->
            throw new IllegalArgumentException(
                "operator " + operator.symbol() + " is not allowed in a duration expression");
      }
    }

    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      double l = left.evaluateSeconds(stepMillis, rangeMillis);
      double r = right.evaluateSeconds(stepMillis, rangeMillis);
      return switch (operator) {
        case ADD -> l + r;
        case SUB -> l - r;
        case MUL -> l * r;
        case DIV -> {
          if (r == 0) {
            throw new IllegalArgumentException("division by zero");
          }
          yield l / r;
        }
        case MOD -> {
          if (r == 0) {
            throw new IllegalArgumentException("modulo by zero");
          }
          yield l % r; // Java's % on doubles is Go's math.Mod: the sign follows the dividend
        }
        case POW -> Math.pow(l, r);
        default -> throw new IllegalStateException("unreachable: checked in the constructor");
      };
    }

    @Override
    public boolean isConstant() {
      return left.isConstant() && right.isConstant();
    }
  }

  /** {@code step()}: the query's step in seconds (0 for an instant query). */
  record Step(PositionRange position) implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      return stepMillis / 1000.0;
    }

    @Override
    public boolean isConstant() {
      return false;
    }
  }

  /** {@code range()}: the query's {@code end - start} in seconds (0 for an instant query). */
  record Range(PositionRange position) implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      return rangeMillis / 1000.0;
    }

    @Override
    public boolean isConstant() {
      return false;
    }
  }

  /** {@code min_of(a, b)} or, when {@code maximum} is true, {@code max_of(a, b)}. */
  record MinMax(boolean maximum, DurationExpr left, DurationExpr right, PositionRange position)
      implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      double l = left.evaluateSeconds(stepMillis, rangeMillis);
      double r = right.evaluateSeconds(stepMillis, rangeMillis);
      return maximum ? Math.max(l, r) : Math.min(l, r);
    }

    @Override
    public boolean isConstant() {
      return left.isConstant() && right.isConstant();
    }
  }

  /** {@code (e)}, kept so that the printer reproduces the grouping. */
  record Paren(DurationExpr inner, PositionRange position) implements DurationExpr {
    @Override
    public double evaluateSeconds(long stepMillis, long rangeMillis) {
      return inner.evaluateSeconds(stepMillis, rangeMillis);
    }

    @Override
    public boolean isConstant() {
      return inner.isConstant();
    }
  }
}
