package io.argus.server;

/** Argus could not start; the message is the one line an operator needs. Nothing stays running. */
public final class StartupException extends Exception {

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
