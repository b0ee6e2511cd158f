package io.argus.template;

/**
 * A template could not be parsed or executed. The message reads as Go's, led by {@code template:
 * NAME:LINE:COLUMN:}, so users recognise it from Prometheus and Alertmanager.
 */
public sealed class TemplateException extends RuntimeException
    permits TemplateParseException, TemplateExecutionException {

  private final String templateName;
  private final int line;
  private final int column;
  private final String detail;

  TemplateException(
      String message, String detail, String templateName, int line, int column, Throwable cause) {
    super(message, cause);
    this.detail = detail;
    this.templateName = templateName;
    this.line = line;
    this.column = column;
  }

  /** The message without the {@code template: NAME:LINE:COLUMN:} prefix. */
  public String detail() {
    return detail;
  }

  /** The name of the template (or {@code define}d template) the error is in. */
  public String templateName() {
    return templateName;
  }

  /** 1-based line of the error in the template source. */
  public int line() {
    return line;
  }

  /** 1-based column (in characters) of the error in the template source. */
  public int column() {
    return column;
  }

  /** Line and column of {@code offset} in {@code source}, both 1-based. */
  static int[] lineAndColumn(String source, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(Math.max(offset, 0), source.length());
    for (int i = 0; i < end; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, end - lineStart + 1};
  }
}
