package io.argus.alertmanager.matcher;

import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses matchers the way Alertmanager 0.25 does (its "classic" parser): an optional pair of
 * braces around comma-separated matchers; each matcher is a legacy label name, an operator
 * ({@code =}, {@code !=}, {@code =~}, {@code !~}) and a value that is either double-quoted (with
 * {@code \"}, {@code \\} and {@code \n} escapes) or bare up to the next comma. A backslash before any
 * other character stays literal, as in Alertmanager, so {@code foo=~"a\.b"} keeps its regex escape.
 */
public final class MatcherParser {

  private MatcherParser() {}

  /**
   * Parses one or more comma-separated matchers, e.g. {@code {severity="critical", team=~"a|b"}}.
   *
   * @throws InvalidMatcherException naming the offending matcher text
   */
  public static List<Matcher> parseMatchers(String text) {
    String body = text;
    if (body.startsWith("{")) {
      body = body.substring(1);
    }
    if (body.endsWith("}")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean insideQuotes = false;
    boolean escaped = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      switch (c) {
        case ',' -> {
          if (!insideQuotes) {
            tokens.add(token.toString());
            token.setLength(0);
            continue;
          }
        }
        case '"' -> {
          if (!escaped) {
            insideQuotes = !insideQuotes;
          } else {
            escaped = false;
          }
        }
        case '\\' -> escaped = !escaped;
        default -> escaped = false;
      }
      token.append(c);
    }
    String last = token.toString().strip();
    if (!last.isEmpty()) {
      tokens.add(last);
    }
    List<Matcher> matchers = new ArrayList<>(tokens.size());
    for (String matcherText : tokens) {
      matchers.add(parseMatcher(matcherText));
    }
    return List.copyOf(matchers);
  }

  /**
   * Parses exactly one matcher, e.g. {@code foo!~"bar.*"} or {@code foo=bar}.
   *
   * @throws InvalidMatcherException naming the text when it is not a matcher
   */
  public static Matcher parseMatcher(String text) {
    int position = skipSpaces(text, 0);
    int nameStart = position;
    while (position < text.length() && isNameChar(text.charAt(position), position == nameStart)) {
      position++;
    }
    if (position == nameStart) {
      throw new InvalidMatcherException("bad matcher format: " + text);
    }
    String name = text.substring(nameStart, position);
    position = skipSpaces(text, position);
    MatchType type;
    if (text.startsWith("=~", position)) {
      type = MatchType.REGEX;
    } else if (text.startsWith("=", position)) {
      type = MatchType.EQUAL;
    } else if (text.startsWith("!=", position)) {
      type = MatchType.NOT_EQUAL;
    } else if (text.startsWith("!~", position)) {
      type = MatchType.NOT_REGEX;
    } else {
      throw new InvalidMatcherException("bad matcher format: " + text);
    }
    position = skipSpaces(text, position + type.operator().length());
    String rawValue = text.substring(position).strip();
    String value = unescapeValue(rawValue);
    try {
      return Matcher.of(type, name, value);
    } catch (InvalidRegexException e) {
      throw new InvalidMatcherException("invalid regular expression in matcher " + text + ": " + e.getMessage());
    }
  }

  private static String unescapeValue(String quotedOrBare) {
    String raw = quotedOrBare;
    boolean expectTrailingQuote = false;
    if (raw.startsWith("\"")) {
      raw = raw.substring(1);
      expectTrailingQuote = true;
    }
    StringBuilder value = new StringBuilder(raw.length());
    boolean escaped = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (escaped) {
        escaped = false;
        switch (c) {
          case 'n' -> value.append('\n');
          case '"', '\\' -> value.append(c);
          default -> value.append('\\').append(c);
        }
        continue;
      }
      switch (c) {
        case '\\' -> {
          if (i < raw.length() - 1) {
            escaped = true;
          } else {
            value.append('\\');
          }
        }
        case '"' -> {
          if (!expectTrailingQuote || i < raw.length() - 1) {
            throw new InvalidMatcherException(
                "matcher value contains unescaped double quote: " + quotedOrBare);
          }
          expectTrailingQuote = false;
        }
        default -> value.append(c);
      }
    }
    if (expectTrailingQuote) {
      throw new InvalidMatcherException(
          "matcher value contains unescaped double quote: " + quotedOrBare);
    }
    return value.toString();
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    return letter || (!first && c >= '0' && c <= '9');
  }

  private static int skipSpaces(String text, int position) {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
    return position;
  }
}
