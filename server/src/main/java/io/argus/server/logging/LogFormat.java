package io.argus.server.logging;

/** The two line formats of {@code --log.format}. */
public enum LogFormat {
  LOGFMT,
  JSON
}
