package io.argus.promql.parser;

/**
 * One token: its kind and where it stands ({@code [start, end)} character offsets). {@code text}
 * is the token as written; for strings {@code value} holds the unescaped contents. {@code
 * insideBraces} marks words read between braces, which are label names and never keywords.
 */
record Token(TokenKind kind, int start, int end, String text, String value, boolean insideBraces) {

  Token(TokenKind kind, int start, int end, String text, String value) {
    this(kind, start, end, text, value, false);
  }

  /** Whether this is a word equal to {@code keyword}, ignoring case as PromQL does for keywords. */
  boolean isWord(String keyword) {
    return kind == TokenKind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  /**
   * The token as Prometheus names it after "unexpected": {@code end of input}, {@code identifier
   * "foo"}, {@code <by>}, {@code <aggr:sum>}, {@code <op:and>}, {@code number "1"}, {@code ")"}.
   */
  String describe() {
    return switch (kind) {
      case EOF -> "end of input";
      case IDENTIFIER -> {
        if (insideBraces) {
          yield "identifier " + io.argus.promql.printer.GoQuote.quote(text);
        }
        String lower = Keywords.lowerCase(text);
        if (Keywords.isAggregator(lower)) {
          yield "<aggr:" + text + ">";
        }
        if (Keywords.isWordOperator(lower)) {
          yield "<op:" + text + ">";
        }
        if (Keywords.isKeyword(lower)) {
          yield "<" + text + ">";
        }
        yield "identifier " + io.argus.promql.printer.GoQuote.quote(text);
      }
      case METRIC_IDENTIFIER -> "metric identifier " + io.argus.promql.printer.GoQuote.quote(text);
      case NUMBER, DURATION, STRING -> kind.description + " " + io.argus.promql.printer.GoQuote.quoteShortened(text);
      default -> kind.description;
    };
  }
}
