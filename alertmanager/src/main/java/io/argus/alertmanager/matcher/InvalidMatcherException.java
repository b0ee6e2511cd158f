package io.argus.alertmanager.matcher;

/** A matcher text that does not follow Alertmanager's matcher syntax; the message names the text. */
public final class InvalidMatcherException extends IllegalArgumentException {

  public InvalidMatcherException(String message) {
    super(message);
  }
}
