package io.argus.alertmanager.notify;

/** What one delivery attempt of an integration achieved. */
public sealed interface DeliveryOutcome {

  /** The receiving end accepted the notification. */
  record Delivered() implements DeliveryOutcome {}

  /**
   * The attempt failed; {@code retryable} failures (network errors, 5xx, 429) are tried again
   * until the flush's deadline, the others (4xx, bad configuration) are not. {@code reason} is a
   * short label for metrics ({@code clientError}, {@code serverError}, {@code other}), {@code
   * message} says what happened.
   */
  record Failed(boolean retryable, String reason, String message) implements DeliveryOutcome {}
}
