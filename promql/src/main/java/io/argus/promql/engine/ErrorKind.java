package io.argus.promql.engine;

/** The kinds of query failure, named as the HTTP API's {@code errorType} values. */
public enum ErrorKind {
  BAD_DATA("bad_data"),
  EXECUTION("execution"),
  TIMEOUT("timeout"),
  CANCELED("canceled"),
  TOO_MANY_SAMPLES("execution");

  private final String apiName;

  ErrorKind(String apiName) {
    this.apiName = apiName;
  }

  /** The {@code errorType} of the Prometheus HTTP API. */
  public String apiName() {
    return apiName;
  }
}
