package io.argus.alertmanager.config;

/**
 * An alertmanager.yml that cannot be used. The message starts with {@code file:line:column} of the
 * offending node (when there is one) and says what was expected and what was found.
 */
public final class InvalidConfigException extends RuntimeException {

  private final ConfigPosition position;

  public InvalidConfigException(ConfigPosition position, String message) {
    super(position == null ? message : position + ": " + message);
    this.position = position;
  }

  /** Where the problem is, or null when it concerns the file as a whole. */
  public ConfigPosition position() {
    return position;
  }
}
