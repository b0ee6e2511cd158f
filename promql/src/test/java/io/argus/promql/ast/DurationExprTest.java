package io.argus.promql.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationExprTest {

  private static final PositionRange P = PositionRange.NONE;

  private static DurationExpr seconds(double value) {
    return new DurationExpr.Literal(value, false, P);
  }

  @Test
  void arithmeticIsInSecondsAndTruncatesToMilliseconds() {
    DurationExpr expression =
        new DurationExpr.Binary(BinaryOperator.MOD, seconds(14), seconds(4), P); // 14s % 4 = 2s
    assertThat(expression.evaluateMillis(0, 0)).isEqualTo(2_000);
    assertThat(new DurationExpr.Binary(BinaryOperator.DIV, seconds(1), seconds(3), P).evaluateMillis(0, 0))
        .isEqualTo(333);
    assertThat(new DurationExpr.Binary(BinaryOperator.POW, seconds(2), seconds(10), P).evaluateMillis(0, 0))
        .isEqualTo(1_024_000);
    assertThat(new DurationExpr.Unary(true, seconds(1.5), P).evaluateMillis(0, 0)).isEqualTo(-1_500);
    assertThat(expression.isConstant()).isTrue();
  }

  @Test
  void stepAndRangeComeFromTheQuery() {
    DurationExpr expression =
        new DurationExpr.MinMax(
            false,
            new DurationExpr.Binary(BinaryOperator.ADD, new DurationExpr.Step(P), seconds(1), P),
            new DurationExpr.Range(P),
            P);
    assertThat(expression.isConstant()).isFalse();
    assertThat(expression.evaluateMillis(5_000, 60_000)).isEqualTo(6_000);
    assertThat(expression.evaluateMillis(5_000, 3_000)).isEqualTo(3_000);
    assertThat(new DurationExpr.MinMax(true, new DurationExpr.Step(P), seconds(2), P).evaluateMillis(1_000, 0))
        .isEqualTo(2_000);
  }

  @Test
  void reportsDivisionByZeroAndOverflow() {
    assertThatThrownBy(() -> new DurationExpr.Binary(BinaryOperator.DIV, seconds(1), seconds(0), P).evaluateMillis(0, 0))
        .hasMessage("division by zero");
    assertThatThrownBy(() -> new DurationExpr.Binary(BinaryOperator.MOD, seconds(1), seconds(0), P).evaluateMillis(0, 0))
        .hasMessage("modulo by zero");
    assertThatThrownBy(() -> seconds(1e12).evaluateMillis(0, 0)).hasMessage("duration out of range");
    assertThatThrownBy(() -> new DurationExpr.Binary(BinaryOperator.AND, seconds(1), seconds(1), P))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exprsUnwrapsParentheses() {
    NumberLiteral one = new NumberLiteral(1, P);
    assertThat(Exprs.unwrapParens(new ParenExpr(new ParenExpr(one, P), P))).isSameAs(one);
    assertThat(Exprs.unwrapParens(one)).isSameAs(one);
  }
}
