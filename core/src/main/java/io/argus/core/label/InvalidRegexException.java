package io.argus.core.label;

/**
 * A regular expression that does not compile, or that uses a construct RE2 (and so Prometheus)
 * does not support. The message names the expression and the cause.
 */
public final class InvalidRegexException extends IllegalArgumentException {

  private final String regex;

  public InvalidRegexException(String regex, String cause) {
    super("invalid regular expression \"" + regex + "\": " + cause);
    this.regex = regex;
  }

  /** The expression as the user wrote it. */
  public String regex() {
    return regex;
  }
}
