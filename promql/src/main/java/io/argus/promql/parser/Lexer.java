package io.argus.promql.parser;

import io.argus.promql.ast.PositionRange;
import io.argus.promql.printer.GoQuote;

/**
 * The PromQL lexer: a hand-written scanner over the query's characters that hands out one {@link
 * Token} per {@link #next()} call. Like Prometheus' lexer it tracks whether it is inside braces
 * (where words are label names and only matcher punctuation is allowed), inside brackets (where a
 * colon separates a subquery's range from its step) and the depth of parentheses, and it reports
 * lexical errors with Prometheus' wording. Comments ({@code #} to end of line) and whitespace are
 * skipped. Not thread-safe; one instance per parse.
 */
final class Lexer {

  private final String query;
  private final char[] input;
  private final StringScanner strings;
  private int position;
  private boolean braceOpen;
  private boolean bracketOpen;
  private boolean gotColon;
  private int parenDepth;

  Lexer(String query) {
    this.query = query;
    this.input = query.toCharArray();
    this.strings = new StringScanner(query, input);
  }

  String query() {
    return query;
  }

  /** The next token; {@link TokenKind#EOF} at the end, forever after. */
  Token next() {
    skipSpaceAndComments();
    int start = position;
    if (position >= input.length) {
      if (braceOpen) {
        throw error(start, "unexpected end of input inside braces");
      }
      if (parenDepth > 0) {
        throw error(start, "unclosed left parenthesis");
      }
      if (bracketOpen) {
        throw error(start, "unexpected end of input in duration expression");
      }
      return new Token(TokenKind.EOF, start, start, "", null);
    }
    return braceOpen ? insideBraces(start) : statement(start);
  }

  private Token statement(int start) {
    char c = input[position++];
    if (bracketOpen && "{}=!<>@;".indexOf(c) >= 0) {
      position = start;
      throw error(start, "unexpected character in duration expression: " + quoteNext());
    }
    switch (c) {
      case ',':
        return token(TokenKind.COMMA, start);
      case '*':
        return token(TokenKind.MUL, start);
      case '/':
        return token(TokenKind.DIV, start);
      case '%':
        return token(TokenKind.MOD, start);
      case '+':
        return token(TokenKind.ADD, start);
      case '-':
        return token(TokenKind.SUB, start);
      case '^':
        return token(TokenKind.POW, start);
      case '@':
        return token(TokenKind.AT, start);
      case '=':
        if (peek() == '=') {
          position++;
          return token(TokenKind.EQLC, start);
        }
        if (peek() == '~') {
          throw error(start, "unexpected character after '=': " + GoQuote.quoteRune('~'));
        }
        return token(TokenKind.EQL, start);
      case '!':
        if (peek() == '=') {
          position++;
          return token(TokenKind.NEQ, start);
        }
        throw error(start, "unexpected character after '!': " + quoteNext());
      case '<':
        if (peek() == '=') {
          position++;
          return token(TokenKind.LTE, start);
        }
        if (peek() == '/') {
          position++;
          return token(TokenKind.TRIM_UPPER, start);
        }
        return token(TokenKind.LSS, start);
      case '>':
        if (peek() == '=') {
          position++;
          return token(TokenKind.GTE, start);
        }
        if (peek() == '/') {
          position++;
          return token(TokenKind.TRIM_LOWER, start);
        }
        return token(TokenKind.GTR, start);
      case '(':
        parenDepth++;
        return token(TokenKind.LEFT_PAREN, start);
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          throw error(position, "unexpected right parenthesis " + GoQuote.quoteRune(')'));
        }
        return token(TokenKind.RIGHT_PAREN, start);
      case '{':
        braceOpen = true;
        return token(TokenKind.LEFT_BRACE, start);
      case '}':
        throw error(start, "unexpected character: " + GoQuote.quoteRune('}'));
      case '[':
        if (bracketOpen) {
          throw error(start, "unexpected left bracket " + GoQuote.quoteRune('['));
        }
        bracketOpen = true;
        gotColon = false;
        return token(TokenKind.LEFT_BRACKET, start);
      case ']':
        if (!bracketOpen) {
          throw error(start, "unexpected right bracket " + GoQuote.quoteRune(']'));
        }
        bracketOpen = false;
        return token(TokenKind.RIGHT_BRACKET, start);
      case '"', '\'', '`':
        if (bracketOpen) {
          position = start;
          throw error(start, "unexpected character in duration expression: " + quoteNext());
        }
        return scanString(start, c);
      default:
        break;
    }
    if (isDigit(c) || (c == '.' && isDigit(peek()))) {
      position = start;
      return numberOrDuration(start);
    }
    if (c == ':' && bracketOpen) {
      if (gotColon) {
        throw error(start, "unexpected colon " + GoQuote.quoteRune(':'));
      }
      gotColon = true;
      return token(TokenKind.COLON, start);
    }
    if (bracketOpen) {
      return insideBrackets(start, c);
    }
    if (isAlpha(c) || c == ':') {
      return word(start, true);
    }
    position = start;
    throw error(start, "unexpected character: " + quoteNext());
  }

  /**
   * What is left inside brackets, where only a duration expression may stand: the words {@code
   * step}, {@code range}, {@code min_of}, {@code max_of} (and {@code min}, {@code max}); anything
   * else is reported with Prometheus' duration-lexer wording.
   */
  private Token insideBrackets(int start, char c) {
    if (isAlpha(c)) {
      Token word = word(start, false);
      switch (Keywords.lowerCase(word.text())) {
        case "step", "range", "min", "max", "min_of", "max_of" -> {
          return word;
        }
        default -> {
          position = start;
          throw error(start, "unexpected character: " + quoteNext() + ", expected ':'");
        }
      }
    }
    position = start;
    throw error(start, "unexpected character in duration expression: " + quoteNext());
  }

  private Token insideBraces(int start) {
    char c = input[position++];
    if (isAlpha(c)) {
      return word(start, false);
    }
    switch (c) {
      case ',':
        return token(TokenKind.COMMA, start);
      case '"', '\'', '`':
        return scanString(start, c);
      case '=':
        if (peek() == '~') {
          position++;
          return token(TokenKind.EQL_REGEX, start);
        }
        return token(TokenKind.EQL, start);
      case '!':
        if (peek() == '~') {
          position++;
          return token(TokenKind.NEQ_REGEX, start);
        }
        if (peek() == '=') {
          position++;
          return token(TokenKind.NEQ, start);
        }
        throw error(start, "unexpected character after '!' inside braces: " + quoteNext());
      case '{':
        throw error(start, "unexpected left brace " + GoQuote.quoteRune('{'));
      case '}':
        braceOpen = false;
        return token(TokenKind.RIGHT_BRACE, start);
      default:
        position = start;
        throw error(start, "unexpected character inside braces: " + quoteNext());
    }
  }

  private Token word(int start, boolean allowColon) {
    boolean colon = input[start] == ':';
    while (position < input.length) {
      char c = input[position];
      if (isAlphaNumeric(c)) {
        position++;
      } else if (c == ':' && allowColon) {
        colon = true;
        position++;
      } else {
        break;
      }
    }
    String text = query.substring(start, position);
    if (!colon && !braceOpen && text.length() == 3) {
      if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("nan")) {
        return new Token(TokenKind.NUMBER, start, position, text, null);
      }
    }
    return new Token(
        colon ? TokenKind.METRIC_IDENTIFIER : TokenKind.IDENTIFIER, start, position, text, null, braceOpen);
  }

  /**
   * A number or a duration, following Prometheus' scanner: first try a number; if letters follow,
   * try to read the rest as a duration ({@code 5m}, {@code 1h30m}, {@code 1.5m} — the latter is
   * rejected later when the duration is parsed); otherwise report the consumed text as bad syntax.
   */
  private Token numberOrDuration(int start) {
    if (scanNumber()) {
      return new Token(TokenKind.NUMBER, start, position, query.substring(start, position), null);
    }
    if (acceptRemainingDuration()) {
      return new Token(TokenKind.DURATION, start, position, query.substring(start, position), null);
    }
    throw error(
        start,
        "bad number or duration syntax: "
            + GoQuote.quote(query.substring(start, Math.min(position, input.length))));
  }

  private boolean scanNumber() {
    boolean hex = false;
    if (peek() == '0' && (peekAt(1) == 'x' || peekAt(1) == 'X')) {
      position += 2;
      hex = true;
      accept('_');
    }
    boolean seenDot = false;
    boolean seenExponent = false;
    while (position < input.length) {
      char c = input[position];
      if (isDigit(c) || (hex && isHexDigit(c))) {
        position++;
      } else if (c == '_') {
        position++;
        if (!(position < input.length && (isDigit(input[position]) || (hex && isHexDigit(input[position]))))) {
          return false;
        }
      } else if (c == '.' && !hex) {
        position++;
        if (seenDot || seenExponent) {
          return false;
        }
        seenDot = true;
      } else if ((c == 'e' || c == 'E') && !hex && !seenExponent && position > 0 && isDigitOrDot(input[position - 1])) {
        int save = position;
        position++;
        if (peek() == '+' || peek() == '-') {
          position++;
        }
        if (!isDigit(peek())) {
          position = save;
          break;
        }
        seenExponent = true;
      } else {
        break;
      }
    }
    return position >= input.length || !isAlphaNumeric(input[position]);
  }

  private boolean acceptRemainingDuration() {
    if (!acceptAny("smhdwy")) {
      return false;
    }
    accept('s');
    while (acceptAny("0123456789")) {
      while (acceptAny("0123456789")) {
        // all digits of this part
      }
      if (!acceptAny("smhdw")) {
        return false;
      }
      accept('s');
    }
    if (position < input.length && isAlphaNumeric(input[position])) {
      position++; // Prometheus reports the offending character as part of the bad text
      return false;
    }
    return true;
  }

  /** A string literal starting at {@code start} with {@code quote}; see {@link StringScanner}. */
  private Token scanString(int start, char quote) {
    Token token = strings.scan(start, quote);
    position = token.end();
    return token;
  }

  private void skipSpaceAndComments() {
    while (position < input.length) {
      char c = input[position];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        position++;
      } else if (c == '#') {
        while (position < input.length && input[position] != '\n') {
          position++;
        }
      } else {
        return;
      }
    }
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, start, position, null, null);
  }

  private String quoteNext() {
    if (position >= input.length) {
      return GoQuote.quoteRune(0xFFFD);
    }
    return GoQuote.quoteRune(Character.codePointAt(input, position));
  }

  ParseException error(int start, String detail) {
    return new ParseException(query, new PositionRange(start, input.length), detail);
  }

  private char peek() {
    return position < input.length ? input[position] : 0;
  }

  private char peekAt(int ahead) {
    return position + ahead < input.length ? input[position + ahead] : 0;
  }

  private void accept(char c) {
    if (peek() == c && position < input.length) {
      position++;
    }
  }

  private boolean acceptAny(String chars) {
    if (position < input.length && chars.indexOf(input[position]) >= 0) {
      position++;
      return true;
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrDot(char c) {
    return isDigit(c) || c == '.';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isAlpha(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlphaNumeric(char c) {
    return isAlpha(c) || isDigit(c);
  }
}
