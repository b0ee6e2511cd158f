package io.argus.server.http;

/** An error to report in Prometheus' envelope: {@code {"status":"error","errorType":…,"error":…}}. */
public final class ApiException extends Exception {

  private final ApiErrorType type;

  public ApiException(ApiErrorType type, String message) {
    super(message);
    this.type = type;
  }

  public static ApiException badData(String message) {
    return new ApiException(ApiErrorType.BAD_DATA, message);
  }

  public ApiErrorType type() {
    return type;
  }
}
