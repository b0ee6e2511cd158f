package io.argus.promql.parser;

import io.argus.promql.ast.PositionRange;
import java.nio.charset.StandardCharsets;

/**
 * A syntax or type error in a PromQL query. The message reads as Prometheus prints it, {@code
 * 1:14: parse error: unexpected <op:*>}: line and column of the start of the offending text, then
 * what was found and, where Prometheus says so, what was expected. The HTTP API reports it as
 * {@code bad_data}.
 */
public final class ParseException extends RuntimeException {

  private final String detail;
  private final String offendingText;
  private final PositionRange position;
  private final int line;
  private final int column;

  /**
   * @param query the whole query text, to compute line and column
   * @param position where the error is, in character offsets of {@code query}
   * @param detail the message without position and prefix, e.g. {@code unexpected end of input}
   */
  public ParseException(String query, PositionRange position, String detail) {
    super(format(query, position, detail));
    this.detail = detail;
    this.position = position;
    this.offendingText =
        query.substring(Math.min(position.start(), query.length()), Math.min(position.end(), query.length()));
    int start = Math.min(position.start(), query.length());
    int lineNumber = 1;
    int lastLineBreak = -1;
    for (int i = 0; i < start; i++) {
      if (query.charAt(i) == '\n') {
        lineNumber++;
        lastLineBreak = i;
      }
    }
    this.line = lineNumber;
    this.column = columnOf(query, lastLineBreak, start);
  }

  /** The message without position and prefix, e.g. {@code unexpected end of input}. */
  public String detail() {
    return detail;
  }

  /**
   * The offending part of the query: the unexpected token, the ill-typed operand, the whole
   * selector that matches everything; for errors found while reading characters (an unterminated
   * string, a bad number) the rest of the query from the bad character on, as Prometheus ranges it.
   */
  public String offendingText() {
    return offendingText;
  }

  /** The offending text as character offsets in the query. */
  public PositionRange position() {
    return position;
  }

  /** 0-based character offset of the start of the offending text. */
  public int offset() {
    return position.start();
  }

  /** 1-based line of the start of the offending text. */
  public int line() {
    return line;
  }

  /**
   * 1-based column of the start of the offending text, counted in UTF-8 bytes as Prometheus counts
   * it (equal to characters for ASCII queries).
   */
  public int column() {
    return column;
  }

  private static String format(String query, PositionRange position, String detail) {
    int start = Math.min(position.start(), query.length());
    int line = 1;
    int lastLineBreak = -1;
    for (int i = 0; i < start; i++) {
      if (query.charAt(i) == '\n') {
        line++;
        lastLineBreak = i;
      }
    }
    return line + ":" + columnOf(query, lastLineBreak, start) + ": parse error: " + detail;
  }

  private static int columnOf(String query, int lastLineBreak, int start) {
    String lineText = query.substring(lastLineBreak + 1, start);
    return lineText.getBytes(StandardCharsets.UTF_8).length + 1;
  }
}
