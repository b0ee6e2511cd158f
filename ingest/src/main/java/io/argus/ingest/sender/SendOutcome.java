package io.argus.ingest.sender;

/**
 * The answer to one remote write request.
 *
 * @param httpStatus the status, or 0 when no answer arrived (connection refused, timeout)
 * @param message the start of the response body, or the network error
 * @param retryAfterMillis the server's {@code Retry-After}, or 0 when absent
 */
public record SendOutcome(int httpStatus, String message, long retryAfterMillis) {

  public boolean success() {
    return httpStatus / 100 == 2;
  }

  /**
   * Whether retrying may succeed: network errors and 5xx always, 429 when configured. Other 4xx mean
   * the receiver refuses the data itself, so it is dropped.
   */
  public boolean recoverable(boolean retryOnRateLimit) {
    return httpStatus == 0 || httpStatus / 100 == 5 || (httpStatus == 429 && retryOnRateLimit);
  }
}
