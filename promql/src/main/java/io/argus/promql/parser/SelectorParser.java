package io.argus.promql.parser;

import io.argus.core.label.Labels;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.printer.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Parses what stands in and before braces: vector selectors ({@code foo{a="b", "c.d"=~"e"}}) and
 * the label sets of series notation ({@code foo{a="b"}} in test scripts). A metric name written
 * before the braces or as a bare quoted string inside them ({@code {"my.metric"}}) becomes the
 * selector's {@code name} and a {@code __name__} equality matcher placed first.
 */
final class SelectorParser {

  private final TokenStream tokens;

  SelectorParser(TokenStream tokens) {
    this.tokens = tokens;
  }

  /**
   * A vector selector; the current token is its metric name or the opening brace.
   *
   * @param nameToken the metric name already consumed, or null when the selector starts with a
   *     brace
   */
  VectorSelector parseVectorSelector(Token nameToken) {
    String name = nameToken == null ? null : nameToken.text();
    int start = nameToken == null ? tokens.current().start() : nameToken.start();
    int end = nameToken == null ? start : nameToken.end();
    List<Matcher> matchers = new ArrayList<>();
    if (name != null) {
      matchers.add(Matcher.equal(Labels.METRIC_NAME, name));
    }
    if (tokens.is(TokenKind.LEFT_BRACE)) {
      tokens.advance();
      name = parseMatchers(matchers, name, start);
      end = tokens.expect(TokenKind.RIGHT_BRACE, "label matching", "\",\" or \"}\"").end();
    }
    return new VectorSelector(
        name, matchers, 0, null, AtModifier.NONE, RangeModifier.NONE, new PositionRange(start, end));
  }

  /** Matchers up to (not including) the closing brace; returns the metric name, possibly new. */
  private String parseMatchers(List<Matcher> matchers, String name, int selectorStart) {
    String metricName = name;
    while (!tokens.is(TokenKind.RIGHT_BRACE)) {
      Token label = tokens.current();
      if (label.kind() != TokenKind.IDENTIFIER && label.kind() != TokenKind.STRING) {
        throw tokens.unexpected("label matching", "identifier or \"}\"");
      }
      tokens.advance();
      MatchType type = matchType(tokens.kind());
      if (type == null && label.kind() == TokenKind.STRING) {
        String quotedName = label.value();
        if (metricName != null) {
          throw metricNameTwice(metricName, quotedName, selectorStart);
        }
        metricName = quotedName;
        matchers.add(Matcher.equal(Labels.METRIC_NAME, quotedName));
      } else {
        if (type == null) {
          throw tokens.unexpected("label matching", "label matching operator");
        }
        tokens.advance();
        Token value = tokens.current();
        if (value.kind() != TokenKind.STRING) {
          throw tokens.unexpected("label matching", "string");
        }
        tokens.advance();
        String labelName = label.kind() == TokenKind.STRING ? label.value() : label.text();
        if (name != null && labelName.equals(Labels.METRIC_NAME)) {
          throw metricNameTwice(name, value.value(), selectorStart);
        }
        matchers.add(matcher(type, labelName, value.value(), label, value));
      }
      if (tokens.is(TokenKind.COMMA)) {
        tokens.advance();
      } else if (!tokens.is(TokenKind.RIGHT_BRACE)) {
        throw tokens.unexpected("label matching", "\",\" or \"}\"");
      }
    }
    return metricName;
  }

  private ParseException metricNameTwice(String first, String second, int selectorStart) {
    return tokens.error(
        new PositionRange(selectorStart, tokens.current().end()),
        "metric name must not be set twice: " + GoQuote.quote(first) + " or " + GoQuote.quote(second));
  }

  private Matcher matcher(MatchType type, String name, String value, Token label, Token valueToken) {
    if (name.isEmpty() || hasSurrogateEscape(name)) {
      throw tokens.error(
          new PositionRange(label.start(), label.end()), "invalid label name " + GoQuote.quote(name));
    }
    try {
      return Matcher.of(type, name, value);
    } catch (IllegalArgumentException e) {
      throw tokens.error(new PositionRange(label.start(), valueToken.end()), e.getMessage());
    }
  }

  /**
   * Series notation: {@code name{label="value", …}} or {@code {…}}, only {@code =} allowed. Empty
   * values are kept (the test corpus relies on series that really carry an empty label), so the
   * result may hold pairs that {@link Labels#of} would drop.
   */
  Labels parseLabelSet() {
    TreeMap<String, String> pairs = new TreeMap<>();
    if (tokens.is(TokenKind.IDENTIFIER) || tokens.is(TokenKind.METRIC_IDENTIFIER)) {
      pairs.put(Labels.METRIC_NAME, tokens.advance().text());
    } else if (!tokens.is(TokenKind.LEFT_BRACE)) {
      throw tokens.unexpected("label set", "metric name or \"{\"");
    }
    if (tokens.is(TokenKind.LEFT_BRACE)) {
      tokens.advance();
      while (!tokens.is(TokenKind.RIGHT_BRACE)) {
        Token label = tokens.current();
        if (label.kind() != TokenKind.IDENTIFIER && label.kind() != TokenKind.STRING) {
          throw tokens.unexpected("label set", "identifier or \"}\"");
        }
        tokens.advance();
        if (label.kind() == TokenKind.STRING && !tokens.is(TokenKind.EQL)) {
          pairs.put(Labels.METRIC_NAME, label.value());
        } else {
          tokens.expect(TokenKind.EQL, "label set", "\"=\"");
          Token value = tokens.expect(TokenKind.STRING, "label set", "string");
          pairs.put(label.kind() == TokenKind.STRING ? label.value() : label.text(), value.value());
        }
        if (tokens.is(TokenKind.COMMA)) {
          tokens.advance();
        } else if (!tokens.is(TokenKind.RIGHT_BRACE)) {
          throw tokens.unexpected("label set", "\",\" or \"}\"");
        }
      }
      tokens.advance();
    }
    String[] namesAndValues = new String[pairs.size() * 2];
    int i = 0;
    for (var entry : pairs.entrySet()) {
      namesAndValues[i++] = entry.getKey();
      namesAndValues[i++] = entry.getValue();
    }
    return Labels.ofSortedUnchecked(namesAndValues);
  }

  static MatchType matchType(TokenKind kind) {
    return switch (kind) {
      case EQL -> MatchType.EQUAL;
      case NEQ -> MatchType.NOT_EQUAL;
      case EQL_REGEX -> MatchType.REGEX;
      case NEQ_REGEX -> MatchType.NOT_REGEX;
      default -> null;
    };
  }

  static boolean hasSurrogateEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return true;
        }
        i++;
      }
    }
    return false;
  }
}
