package io.argus.promql.parser;

import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.VectorSelector;
import java.util.Locale;

/**
 * The postfix modifiers of a primary expression, in any order and number: ranges and subqueries
 * ({@code [5m]}, {@code [1h:1m]}), {@code offset}, {@code @} and the experimental {@code
 * anchored}/{@code smoothed}. Each is checked against what it follows with Prometheus' messages
 * ({@code ranges only allowed for vector selectors}, {@code offset may not be set multiple times},
 * …) and the node is rebuilt with the modifier and a position extended to its end.
 */
final class ModifierParser {

  private static final String OFFSET_TARGET =
      "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery";
  private static final String AT_TARGET =
      "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery";

  private final TokenStream tokens;
  private final DurationParser durations;

  ModifierParser(TokenStream tokens) {
    this.tokens = tokens;
    this.durations = new DurationParser(tokens);
  }

  Expr parsePostfix(Expr primary) {
    Expr expr = primary;
    while (true) {
      if (tokens.is(TokenKind.LEFT_BRACKET)) {
        expr = parseRangeOrSubquery(expr);
      } else if (tokens.is(TokenKind.AT)) {
        expr = parseAt(expr);
      } else if (tokens.isWord("offset")) {
        expr = parseOffset(expr);
      } else if (tokens.isWord("anchored") || tokens.isWord("smoothed")) {
        expr = parseRangeModifier(expr);
      } else {
        return expr;
      }
    }
  }

  private Expr parseRangeOrSubquery(Expr expr) {
    Token open = tokens.advance();
    DurationParser.Duration range =
        durations.parseRange("subquery or range selector", "number, duration, step(), or range()");
    if (tokens.is(TokenKind.RIGHT_BRACKET)) {
      Token close = tokens.advance();
      PositionRange brackets = new PositionRange(open.start(), close.end());
      if (!(expr instanceof VectorSelector selector)) {
        throw tokens.error(brackets, "ranges only allowed for vector selectors");
      }
      if (selector.offsetMillis() != 0 || selector.offsetExpression() != null) {
        throw tokens.error(brackets, "no offset modifiers allowed before range");
      }
      if (!(selector.at() instanceof AtModifier.None)) {
        throw tokens.error(brackets, "no @ modifiers allowed before range");
      }
      return new MatrixSelector(
          selector,
          range.millis(),
          range.expression(),
          new PositionRange(selector.position().start(), close.end()));
    }
    if (!tokens.is(TokenKind.COLON)) {
      throw tokens.unexpected("subquery or range", "\":\" or \"]\"");
    }
    tokens.advance();
    DurationParser.Duration step = null;
    if (!tokens.is(TokenKind.RIGHT_BRACKET)) {
      step =
          durations.parseInBrackets(
              "subquery or range selector", "number, duration, step(), range(), or \"]\"");
    }
    Token close = tokens.expect(TokenKind.RIGHT_BRACKET, "subquery selector", "\"]\"");
    return new SubqueryExpr(
        expr,
        range.millis(),
        range.expression(),
        step == null ? 0 : step.millis(),
        step == null ? null : step.expression(),
        0,
        null,
        AtModifier.NONE,
        new PositionRange(expr.position().start(), close.end()));
  }

  private Expr parseOffset(Expr expr) {
    tokens.advance();
    DurationParser.Duration offset = durations.parseOffset();
    int end = tokens.lastClosing();
    return switch (expr) {
      case VectorSelector selector -> {
        checkOffsetUnset(selector.offsetMillis(), selector.offsetExpression(), expr);
        yield withOffset(selector, offset, new PositionRange(selector.position().start(), end));
      }
      case MatrixSelector matrix -> {
        VectorSelector selector = matrix.selector();
        checkOffsetUnset(selector.offsetMillis(), selector.offsetExpression(), expr);
        yield new MatrixSelector(
            withOffset(selector, offset, selector.position()),
            matrix.rangeMillis(),
            matrix.rangeExpression(),
            new PositionRange(matrix.position().start(), end));
      }
      case SubqueryExpr subquery -> {
        checkOffsetUnset(subquery.offsetMillis(), subquery.offsetExpression(), expr);
        yield new SubqueryExpr(
            subquery.expr(),
            subquery.rangeMillis(),
            subquery.rangeExpression(),
            subquery.stepMillis(),
            subquery.stepExpression(),
            offset.millis(),
            offset.expression(),
            subquery.at(),
            new PositionRange(subquery.position().start(), end));
      }
      default -> throw tokens.error(expr.position(), OFFSET_TARGET);
    };
  }

  private void checkOffsetUnset(long offsetMillis, DurationExpr offsetExpression, Expr expr) {
    if (offsetMillis != 0 || offsetExpression != null) {
      throw tokens.error(expr.position(), "offset may not be set multiple times");
    }
  }

  private static VectorSelector withOffset(
      VectorSelector selector, DurationParser.Duration offset, PositionRange position) {
    return new VectorSelector(
        selector.name(),
        selector.matchers(),
        offset.millis(),
        offset.expression(),
        selector.at(),
        selector.rangeModifier(),
        position);
  }

  private Expr parseAt(Expr expr) {
    Token at = tokens.advance();
    AtModifier modifier = parseAtValue(expr);
    int end = tokens.lastClosing();
    return switch (expr) {
      case VectorSelector selector -> {
        checkAtUnset(selector.at(), expr);
        yield withAt(selector, modifier, new PositionRange(selector.position().start(), end));
      }
      case MatrixSelector matrix -> {
        checkAtUnset(matrix.selector().at(), expr);
        yield new MatrixSelector(
            withAt(matrix.selector(), modifier, matrix.selector().position()),
            matrix.rangeMillis(),
            matrix.rangeExpression(),
            new PositionRange(matrix.position().start(), end));
      }
      case SubqueryExpr subquery -> {
        checkAtUnset(subquery.at(), expr);
        yield new SubqueryExpr(
            subquery.expr(),
            subquery.rangeMillis(),
            subquery.rangeExpression(),
            subquery.stepMillis(),
            subquery.stepExpression(),
            subquery.offsetMillis(),
            subquery.offsetExpression(),
            modifier,
            new PositionRange(subquery.position().start(), end));
      }
      default -> throw tokens.error(new PositionRange(expr.position().start(), at.end()), AT_TARGET);
    };
  }

  /** {@code @ <signed number>}, {@code @ start()} or {@code @ end()}. */
  private AtModifier parseAtValue(Expr expr) {
    if (tokens.isWord("start") || tokens.isWord("end")) {
      boolean start = tokens.advance().isWord("start");
      tokens.expect(TokenKind.LEFT_PAREN, "@", "\"(\"");
      tokens.expect(TokenKind.RIGHT_PAREN, "@", "\")\"");
      return start ? new AtModifier.Start() : new AtModifier.End();
    }
    boolean negative = false;
    if (tokens.is(TokenKind.ADD) || tokens.is(TokenKind.SUB)) {
      negative = tokens.advance().kind() == TokenKind.SUB;
    }
    if (!tokens.is(TokenKind.NUMBER) && !tokens.is(TokenKind.DURATION)) {
      throw tokens.unexpected("@", "timestamp");
    }
    double seconds = Numbers.seconds(tokens, tokens.advance());
    if (negative) {
      seconds = -seconds;
    }
    if (Double.isNaN(seconds)
        || Double.isInfinite(seconds)
        || seconds >= 0x1p63
        || seconds <= -0x1p63) {
      throw tokens.error(
          expr.position(),
          "timestamp out of bounds for @ modifier: " + io.argus.promql.printer.GoFloat.formatFixed6(seconds));
    }
    return new AtModifier.Timestamp(Math.round(seconds * 1000));
  }

  private void checkAtUnset(AtModifier current, Expr expr) {
    if (!(current instanceof AtModifier.None)) {
      throw tokens.error(expr.position(), "@ <timestamp> may not be set multiple times");
    }
  }

  private static VectorSelector withAt(
      VectorSelector selector, AtModifier at, PositionRange position) {
    return new VectorSelector(
        selector.name(),
        selector.matchers(),
        selector.offsetMillis(),
        selector.offsetExpression(),
        at,
        selector.rangeModifier(),
        position);
  }

  private Expr parseRangeModifier(Expr expr) {
    Token word = tokens.advance();
    RangeModifier modifier =
        RangeModifier.valueOf(word.text().toUpperCase(Locale.ROOT));
    String keyword = modifier.keyword();
    return switch (expr) {
      case VectorSelector selector -> {
        checkRangeModifierUnset(selector, expr);
        yield withRangeModifier(
            selector, modifier, new PositionRange(selector.position().start(), word.end()));
      }
      case MatrixSelector matrix -> {
        checkRangeModifierUnset(matrix.selector(), expr);
        yield new MatrixSelector(
            withRangeModifier(matrix.selector(), modifier, matrix.selector().position()),
            matrix.rangeMillis(),
            matrix.rangeExpression(),
            new PositionRange(matrix.position().start(), word.end()));
      }
      default ->
          throw tokens.error(
              new PositionRange(expr.position().start(), word.end()),
              keyword + " modifier must be preceded by an instant vector selector or range vector selector");
    };
  }

  private void checkRangeModifierUnset(VectorSelector selector, Expr expr) {
    if (selector.rangeModifier() != RangeModifier.NONE) {
      throw tokens.error(
          expr.position(), "anchored or smoothed modifier may not be set multiple times");
    }
  }

  private static VectorSelector withRangeModifier(
      VectorSelector selector, RangeModifier modifier, PositionRange position) {
    return new VectorSelector(
        selector.name(),
        selector.matchers(),
        selector.offsetMillis(),
        selector.offsetExpression(),
        selector.at(),
        modifier,
        position);
  }
}
