package io.argus.server.http;

/** The {@code errorType} values of Prometheus' API, with the HTTP status Prometheus pairs them with. */
public enum ApiErrorType {
  BAD_DATA("bad_data", 400),
  EXECUTION("execution", 422),
  TIMEOUT("timeout", 503),
  CANCELED("canceled", 503),
  INTERNAL("internal", 500),
  NOT_FOUND("not_found", 404),
  UNAVAILABLE("unavailable", 503),
  NOT_ACCEPTABLE("not_acceptable", 406);

  private final String wireName;
  private final int httpStatus;

  ApiErrorType(String wireName, int httpStatus) {
    this.wireName = wireName;
    this.httpStatus = httpStatus;
  }

  /** The value of {@code errorType} in the JSON envelope. */
  public String wireName() {
    return wireName;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
