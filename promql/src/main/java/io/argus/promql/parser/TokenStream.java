package io.argus.promql.parser;

import io.argus.promql.ast.PositionRange;

/**
 * The parser's view of the lexer: the current token, one token of lookahead, the end of the last
 * closing token (Prometheus ends calls, aggregations and modified selectors there), and the
 * "unexpected …" errors worded as Prometheus words them.
 */
final class TokenStream {

  private final Lexer lexer;
  private Token current;
  private Token lookahead;
  private int lastClosing;
  private int depth;

  /**
   * How deeply expressions may nest (parentheses, calls, operands, binary chains). The parser, the
   * type checker, the printer and the engine all recurse over the tree, so an absurdly deep query
   * would otherwise end in a StackOverflowError instead of an error message; 1000 levels fit in
   * a default 1 MiB thread stack with room to spare.
   */
  static final int MAX_DEPTH = 1000;

  TokenStream(String query) {
    this.lexer = new Lexer(query);
    this.current = lexer.next();
  }

  String query() {
    return lexer.query();
  }

  Token current() {
    return current;
  }

  TokenKind kind() {
    return current.kind();
  }

  boolean is(TokenKind kind) {
    return current.kind() == kind;
  }

  /** Whether the current token is the word {@code keyword}, in any case. */
  boolean isWord(String keyword) {
    return current.isWord(keyword);
  }

  /** The token after the current one, without consuming anything. */
  Token peek() {
    if (lookahead == null) {
      lookahead = lexer.next();
    }
    return lookahead;
  }

  /** Records one more level of nesting; fails when there are more than {@link #MAX_DEPTH}. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw error(current, "query is nested too deeply: more than " + MAX_DEPTH + " levels");
    }
  }

  /** Releases {@code levels} levels recorded by {@link #enter()}. */
  void exit(int levels) {
    depth -= levels;
  }

  /** Consumes and returns the current token. */
  Token advance() {
    Token consumed = current;
    switch (consumed.kind()) {
      case RIGHT_PAREN, RIGHT_BRACE, RIGHT_BRACKET, NUMBER, DURATION -> lastClosing = consumed.end();
      default -> {}
    }
    if (consumed.kind() != TokenKind.EOF) {
      if (lookahead != null) {
        current = lookahead;
        lookahead = null;
      } else {
        current = lexer.next();
      }
    }
    return consumed;
  }

  /** Consumes a token of {@code kind} or fails with "unexpected …". */
  Token expect(TokenKind kind, String context, String expected) {
    if (current.kind() != kind) {
      throw unexpected(context, expected);
    }
    return advance();
  }

  /** The end offset of the last {@code ) ] }}, number or duration consumed. */
  int lastClosing() {
    return lastClosing;
  }

  /** {@code unexpected <token>[ in <context>][, expected <expected>]} at the current token. */
  ParseException unexpected(String context, String expected) {
    StringBuilder message = new StringBuilder("unexpected ").append(current.describe());
    if (context != null && !context.isEmpty()) {
      message.append(" in ").append(context);
    }
    if (expected != null && !expected.isEmpty()) {
      message.append(", expected ").append(expected);
    }
    return error(new PositionRange(current.start(), current.end()), message.toString());
  }

  ParseException error(PositionRange position, String detail) {
    return new ParseException(lexer.query(), position, detail);
  }

  ParseException error(Token token, String detail) {
    return error(new PositionRange(token.start(), token.end()), detail);
  }
}
