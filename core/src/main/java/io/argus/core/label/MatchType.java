package io.argus.core.label;

/** The four label matcher kinds of PromQL, with their operator as written in a selector. */
public enum MatchType {
  EQUAL("="),
  NOT_EQUAL("!="),
  REGEX("=~"),
  NOT_REGEX("!~");

  private final String operator;

  MatchType(String operator) {
    this.operator = operator;
  }

  /** The operator as written in PromQL: {@code =}, {@code !=}, {@code =~} or {@code !~}. */
  public String operator() {
    return operator;
  }

  /** Whether this kind matches by regular expression. */
  public boolean isRegex() {
    return this == REGEX || this == NOT_REGEX;
  }

  /** Whether this kind inverts its match. */
  public boolean isNegative() {
    return this == NOT_EQUAL || this == NOT_REGEX;
  }
}
