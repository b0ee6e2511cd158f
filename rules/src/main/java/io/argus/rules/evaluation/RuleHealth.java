package io.argus.rules.evaluation;

/** A rule's health after its last evaluation, with the API's names. */
public enum RuleHealth {
  UNKNOWN("unknown"),
  GOOD("ok"),
  BAD("err");

  private final String apiName;

  RuleHealth(String apiName) {
    this.apiName = apiName;
  }

  /** The name {@code /api/v1/rules} prints. */
  public String apiName() {
    return apiName;
  }
}
