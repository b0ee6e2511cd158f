package io.argus.promql.parser;

import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.PositionRange;

/**
 * Parses durations where PromQL expects one: in brackets (a range, or a subquery's range and step)
 * and after {@code offset}. A plain number ({@code 300}, seconds) or duration literal ({@code 5m})
 * is the common case; Prometheus 3's duration expressions ({@code 2m * 15}, {@code step()}, {@code
 * min_of(step(), 1s)}, parentheses) are accepted too. In brackets the full arithmetic is allowed;
 * after {@code offset} only a signed primary (a literal, {@code step()}, {@code range()}, {@code
 * min_of}/{@code max_of} or a parenthesised expression), so that {@code foo offset 100 + 2} means
 * {@code (foo offset 100) + 2}, as in Prometheus.
 */
final class DurationParser {

  /**
   * A parsed duration.
   *
   * @param millis the value when constant, else 0
   * @param expression null for a plain literal
   */
  record Duration(long millis, DurationExpr expression, PositionRange position) {}

  private final TokenStream tokens;

  DurationParser(TokenStream tokens) {
    this.tokens = tokens;
  }

  /** A range or step inside brackets. */
  Duration parseInBrackets(String context, String expected) {
    DurationExpr expression = parseExpression(0, context, expected);
    return toDuration(expression);
  }

  /**
   * The range of a range selector or subquery: as {@link #parseInBrackets}, and when constant it
   * must be positive ({@code duration must be greater than 0}, as Prometheus reports for {@code
   * foo[0m]} and {@code foo[-1]}).
   */
  Duration parseRange(String context, String expected) {
    Duration range = parseInBrackets(context, expected);
    if ((range.expression() == null || range.expression().isConstant()) && range.millis() <= 0) {
      throw tokens.error(range.position(), "duration must be greater than 0");
    }
    return range;
  }

  /** The duration after {@code offset}. */
  Duration parseOffset() {
    DurationExpr expression = parseSignedPrimary("offset", "number, duration, step(), or range()");
    return toDuration(expression);
  }

  private Duration toDuration(DurationExpr expression) {
    if (expression instanceof DurationExpr.Literal literal) {
      return new Duration(millis(literal), null, literal.position());
    }
    long millis = 0;
    if (expression.isConstant()) {
      try {
        millis = expression.evaluateMillis(0, 0);
      } catch (IllegalArgumentException e) {
        throw tokens.error(expression.position(), e.getMessage());
      }
    }
    return new Duration(millis, expression, expression.position());
  }

  private long millis(DurationExpr.Literal literal) {
    try {
      return literal.evaluateMillis(0, 0);
    } catch (IllegalArgumentException e) {
      throw tokens.error(literal.position(), e.getMessage());
    }
  }

  private DurationExpr parseExpression(int minPrecedence, String context, String expected) {
    tokens.enter();
    int levels = 1;
    try {
      DurationExpr left = parseUnary(context, expected);
      while (true) {
        BinaryOperator operator = operator(tokens.kind());
        if (operator == null || operator.precedence() < minPrecedence) {
          return left;
        }
        Token operatorToken = tokens.advance();
        int next = operator.isRightAssociative() ? operator.precedence() : operator.precedence() + 1;
        DurationExpr right = parseExpression(next, context, expected);
        checkNotDividedByZero(operator, operatorToken, right);
        left =
            new DurationExpr.Binary(operator, left, right, left.position().union(right.position()));
        tokens.enter();
        levels++;
      }
    } finally {
      tokens.exit(levels);
    }
  }

  /** Like Prometheus, a literal zero divisor is refused while parsing, at the operator. */
  private void checkNotDividedByZero(BinaryOperator operator, Token operatorToken, DurationExpr right) {
    if (right instanceof DurationExpr.Literal literal && literal.seconds() == 0) {
      if (operator == BinaryOperator.DIV) {
        throw tokens.error(operatorToken, "division by zero");
      }
      if (operator == BinaryOperator.MOD) {
        throw tokens.error(operatorToken, "modulo by zero");
      }
    }
  }

  private DurationExpr parseUnary(String context, String expected) {
    if (tokens.is(TokenKind.ADD) || tokens.is(TokenKind.SUB)) {
      Token sign = tokens.advance();
      DurationExpr operand =
          parseExpression(BinaryOperator.POW.precedence(), context, expected);
      return signed(sign, operand);
    }
    return parsePrimary(context, expected);
  }

  private DurationExpr parseSignedPrimary(String context, String expected) {
    if (tokens.is(TokenKind.ADD) || tokens.is(TokenKind.SUB)) {
      Token sign = tokens.advance();
      tokens.enter();
      try {
        return signed(sign, parseSignedPrimary(context, expected));
      } finally {
        tokens.exit(1);
      }
    }
    return parsePrimary(context, expected);
  }

  /** Like Prometheus, a sign on a literal is folded into the literal. */
  private static DurationExpr signed(Token sign, DurationExpr operand) {
    boolean negative = sign.kind() == TokenKind.SUB;
    PositionRange position = new PositionRange(sign.start(), operand.position().end());
    if (operand instanceof DurationExpr.Literal literal) {
      return new DurationExpr.Literal(
          negative ? -literal.seconds() : literal.seconds(), literal.writtenAsDuration(), position);
    }
    return new DurationExpr.Unary(negative, operand, position);
  }

  private DurationExpr parsePrimary(String context, String expected) {
    Token token = tokens.current();
    switch (token.kind()) {
      case NUMBER -> {
        tokens.advance();
        return new DurationExpr.Literal(
            Numbers.numberValue(tokens, token), false, new PositionRange(token.start(), token.end()));
      }
      case DURATION -> {
        tokens.advance();
        return new DurationExpr.Literal(
            Numbers.durationSeconds(tokens, token), true, new PositionRange(token.start(), token.end()));
      }
      case LEFT_PAREN -> {
        tokens.advance();
        DurationExpr inner = parseExpression(0, context, expected);
        Token close = tokens.expect(TokenKind.RIGHT_PAREN, context, "\")\"");
        return new DurationExpr.Paren(inner, new PositionRange(token.start(), close.end()));
      }
      case IDENTIFIER -> {
        String word = Keywords.lowerCase(token.text());
        boolean call = tokens.peek().kind() == TokenKind.LEFT_PAREN;
        if (!call && isDurationFunction(word)) {
          tokens.advance(); // Prometheus complains about what follows the keyword
          throw tokens.unexpected(context, expected);
        }
        if (call) {
          switch (word) {
            case "step", "range" -> {
              tokens.advance();
              tokens.advance();
              Token close = tokens.expect(TokenKind.RIGHT_PAREN, context, "\")\"");
              PositionRange position = new PositionRange(token.start(), close.end());
              return word.equals("step")
                  ? new DurationExpr.Step(position)
                  : new DurationExpr.Range(position);
            }
            case "min_of", "max_of", "min", "max" -> {
              tokens.advance();
              tokens.advance();
              DurationExpr left = parseExpression(0, context, expected);
              tokens.expect(TokenKind.COMMA, context, "\",\"");
              DurationExpr right = parseExpression(0, context, expected);
              Token close = tokens.expect(TokenKind.RIGHT_PAREN, context, "\")\"");
              return new DurationExpr.MinMax(
                  word.startsWith("max"), left, right, new PositionRange(token.start(), close.end()));
            }
            default -> {}
          }
        }
        throw tokens.unexpected(context, expected);
      }
      default -> throw tokens.unexpected(context, expected);
    }
  }

  private static boolean isDurationFunction(String lowerCaseWord) {
    return switch (lowerCaseWord) {
      case "step", "range", "min_of", "max_of", "min", "max" -> true;
      default -> false;
    };
  }

  private static BinaryOperator operator(TokenKind kind) {
    return switch (kind) {
      case ADD -> BinaryOperator.ADD;
      case SUB -> BinaryOperator.SUB;
      case MUL -> BinaryOperator.MUL;
      case DIV -> BinaryOperator.DIV;
      case MOD -> BinaryOperator.MOD;
      case POW -> BinaryOperator.POW;
      default -> null;
    };
  }
}
