package io.argus.alertmanager.config;

/** A place in a configuration file: the file name and 1-based line and column. */
public record ConfigPosition(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
