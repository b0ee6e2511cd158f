package io.argus.promql.parser;

/**
 * The kinds of token the {@link Lexer} produces. Words are never keywords at this level: {@code
 * sum}, {@code by}, {@code offset} and {@code and} are all {@link #IDENTIFIER}s, and the parser
 * decides from context whether a word is a keyword, an operator or a metric name, which is how
 * PromQL lets most keywords double as metric names.
 */
enum TokenKind {
  EOF("end of input"),
  /** A word {@code [a-zA-Z_][a-zA-Z0-9_]*}. */
  IDENTIFIER("identifier"),
  /** A word with a colon, {@code job:rate5m:sum}; only valid as a metric name. */
  METRIC_IDENTIFIER("metric identifier"),
  NUMBER("number"),
  DURATION("duration"),
  STRING("string"),
  LEFT_PAREN("\"(\""),
  RIGHT_PAREN("\")\""),
  LEFT_BRACE("\"{\""),
  RIGHT_BRACE("\"}\""),
  LEFT_BRACKET("\"[\""),
  RIGHT_BRACKET("\"]\""),
  COMMA("\",\""),
  COLON("\":\""),
  /** {@code =} in a label matcher. */
  EQL("\"=\""),
  AT("<op:@>"),
  ADD("<op:+>"),
  SUB("<op:->"),
  MUL("<op:*>"),
  DIV("<op:/>"),
  MOD("<op:%>"),
  POW("<op:^>"),
  EQLC("<op:==>"),
  NEQ("<op:!=>"),
  LSS("<op:<>"),
  LTE("<op:<=>"),
  GTR("<op:>>"),
  GTE("<op:>=>"),
  TRIM_UPPER("<op:</>"),
  TRIM_LOWER("<op:>/>"),
  EQL_REGEX("<op:=~>"),
  NEQ_REGEX("<op:!~>");

  /**
   * How an error message names a token of this kind; for the value-carrying kinds the text is
   * appended (see {@link Token#describe}).
   */
  final String description;

  TokenKind(String description) {
    this.description = description;
  }
}
