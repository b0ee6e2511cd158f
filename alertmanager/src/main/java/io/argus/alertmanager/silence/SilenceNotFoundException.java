package io.argus.alertmanager.silence;

/** No silence has the given id. The API maps it to 404. */
public final class SilenceNotFoundException extends RuntimeException {

  public SilenceNotFoundException(String id) {
    super("silence " + id + " not found");
  }
}
