package io.argus.promql.parser;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.VectorSelector;
import java.util.List;

/**
 * The entry points for reading PromQL. All methods are thread-safe (each call uses its own lexer)
 * and throw {@link ParseException}, an unchecked exception whose message reads as Prometheus'
 * ({@code 1:5: parse error: unexpected <op:*>}), for any syntax or type error.
 *
 * <p>All of Prometheus 3.x's syntax is accepted, including what it keeps behind feature flags:
 * experimental functions and aggregations, duration expressions, {@code anchored}/{@code
 * smoothed} and the {@code fill} modifiers.
 */
public final class PromqlParser {

  private PromqlParser() {}

  /** A query, type-checked. */
  public static Expr parseExpr(String query) {
    TokenStream tokens = new TokenStream(query);
    ExpressionParser parser = new ExpressionParser(tokens);
    Expr expr = parser.parseQuery();
    new TypeChecker(tokens, parser.deferredErrors()).check(expr);
    return expr;
  }

  /**
   * The matchers of a series selector such as {@code up{job="api"}} or {@code {__name__=~"a.*"}},
   * as the HTTP API's {@code match[]} takes them. Unlike in a query, a selector whose matchers all
   * match the empty string is accepted here; callers that must reject it check it themselves.
   */
  public static List<Matcher> parseMetricSelector(String selector) {
    TokenStream tokens = new TokenStream(selector);
    SelectorParser parser = new SelectorParser(tokens);
    VectorSelector result;
    if (tokens.is(TokenKind.LEFT_BRACE)) {
      result = parser.parseVectorSelector(null);
    } else if (tokens.is(TokenKind.IDENTIFIER) || tokens.is(TokenKind.METRIC_IDENTIFIER)) {
      result = parser.parseVectorSelector(tokens.advance());
    } else {
      throw tokens.unexpected(null, null);
    }
    if (!tokens.is(TokenKind.EOF)) {
      throw tokens.unexpected(null, null);
    }
    return result.matchers();
  }

  /**
   * A series in Prometheus' notation, {@code foo{a="b", c="d"}} or {@code {__name__="foo"}}, as
   * test scripts and the series API write them. Only {@code =} is allowed. Labels written with an
   * empty value are kept (the test corpus loads series that really carry one), so the result may
   * hold pairs that {@link Labels#of} would drop; a label written twice keeps its last value.
   */
  public static Labels parseMetric(String series) {
    TokenStream tokens = new TokenStream(series);
    Labels labels = new SelectorParser(tokens).parseLabelSet();
    if (!tokens.is(TokenKind.EOF)) {
      throw tokens.unexpected(null, null);
    }
    return labels;
  }

  /**
   * A duration as PromQL reads it in a range or offset: a duration literal ({@code 1h30m}) or a
   * number of seconds ({@code 90}, {@code 1.5}), in milliseconds.
   */
  public static long parseDuration(String duration) {
    TokenStream tokens = new TokenStream(duration);
    Token token = tokens.current();
    if (token.kind() != TokenKind.NUMBER && token.kind() != TokenKind.DURATION) {
      throw tokens.unexpected(null, "number or duration");
    }
    tokens.advance();
    if (!tokens.is(TokenKind.EOF)) {
      throw tokens.unexpected(null, null);
    }
    double seconds = Numbers.seconds(tokens, token);
    try {
      return new DurationExpr.Literal(seconds, false, PositionRange.NONE).evaluateMillis(0, 0);
    } catch (IllegalArgumentException e) {
      throw tokens.error(new PositionRange(token.start(), token.end()), e.getMessage());
    }
  }
}
