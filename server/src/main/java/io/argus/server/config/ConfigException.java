package io.argus.server.config;

import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A configuration file that cannot be used. The message always starts with {@code file:line:column:}
 * (line and column 1-based) when the problem has a place in the file, so editors and operators can
 * jump to it.
 */
public final class ConfigException extends Exception {

  private final String file;
  private final int line;
  private final int column;

  public ConfigException(String file, int line, int column, String message) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** A problem at a SnakeYAML mark (0-based positions). */
  static ConfigException at(String file, Mark mark, String message) {
    return mark == null
        ? new ConfigException(file, 0, 0, message)
        : new ConfigException(file, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  /** The file the problem is in. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when the problem concerns the whole file. */
  public int column() {
    return column;
  }
}
