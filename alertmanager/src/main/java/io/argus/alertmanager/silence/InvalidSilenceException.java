package io.argus.alertmanager.silence;

/** A silence that cannot be stored; the message says which rule it breaks. The API maps it to 400. */
public final class InvalidSilenceException extends IllegalArgumentException {

  public InvalidSilenceException(String message) {
    super(message);
  }
}
