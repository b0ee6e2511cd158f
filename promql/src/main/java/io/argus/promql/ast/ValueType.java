package io.argus.promql.ast;

/** The four PromQL value types, named as Prometheus names them in errors and in the HTTP API. */
public enum ValueType {
  SCALAR("scalar"),
  INSTANT_VECTOR("instant vector"),
  RANGE_VECTOR("range vector"),
  STRING("string");

  private final String description;

  ValueType(String description) {
    this.description = description;
  }

  /** The name used in error messages, e.g. {@code instant vector}. */
  public String description() {
    return description;
  }

  /** The name used in the HTTP API's {@code resultType}: scalar, vector, matrix or string. */
  public String apiName() {
    return switch (this) {
      case SCALAR -> "scalar";
      case INSTANT_VECTOR -> "vector";
      case RANGE_VECTOR -> "matrix";
      case STRING -> "string";
    };
  }
}
