package io.argus.promql.engine;

import io.argus.promql.ast.PositionRange;
import java.nio.charset.StandardCharsets;

/**
 * A warning or info attached to a successful result, with the query position of the node that
 * caused it.
 *
 * @param message the text without prefix or position, e.g. {@code metric might not be a counter,
 *     …}
 */
public record Annotation(Severity severity, String message, PositionRange position) {

  public enum Severity {
    WARNING("PromQL warning: "),
    INFO("PromQL info: ");

    private final String prefix;

    Severity(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /**
   * Prometheus' text: {@code PromQL warning: <message> (<line>:<column>)}, the column counted in
   * bytes from 1 within the line, computed against {@code query}; without position when the query
   * text is unknown.
   */
  public String format(String query) {
    String text = severity.prefix + message;
    if (query == null || position == null) {
      return text;
    }
    int offset = Math.min(position.start(), query.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (query.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column =
        query.substring(lineStart, offset).getBytes(StandardCharsets.UTF_8).length + 1;
    return text + " (" + line + ":" + column + ")";
  }
}
