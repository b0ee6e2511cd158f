package io.argus.promql.engine;

/**
 * A query that could not be evaluated. The message is Prometheus' wording without position or
 * prefix (for example {@code vector cannot contain metrics with the same labelset}), since clients
 * and the test corpus compare it verbatim.
 */
public final class QueryException extends RuntimeException {

  public static final String TOO_MANY_SAMPLES =
      "query processing would load too many samples into memory in query execution";
  public static final String TIMED_OUT = "query timed out in expression evaluation";
  public static final String CANCELED = "query was canceled in expression evaluation";

  private final ErrorKind kind;

  public QueryException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static QueryException execution(String message) {
    return new QueryException(ErrorKind.EXECUTION, message);
  }

  public static QueryException badData(String message) {
    return new QueryException(ErrorKind.BAD_DATA, message);
  }

  public ErrorKind kind() {
    return kind;
  }
}
