package io.argus.template;

/** The kinds of token the template lexer emits; names follow Go's {@code text/template/parse}. */
enum TokenKind {
  TEXT,
  LEFT_DELIMITER,
  RIGHT_DELIMITER,
  IDENTIFIER,
  KEYWORD,
  DOT,
  FIELD,
  VARIABLE,
  STRING,
  RAW_STRING,
  CHARACTER,
  NUMBER,
  BOOL,
  NIL,
  PIPE,
  LEFT_PAREN,
  RIGHT_PAREN,
  DECLARE,
  ASSIGN,
  COMMA,
  EOF
}
