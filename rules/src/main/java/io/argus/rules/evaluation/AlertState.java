package io.argus.rules.evaluation;

/** The states of an alert; inactive alerts with a resolved time are "resolved". */
public enum AlertState {
  INACTIVE("inactive"),
  PENDING("pending"),
  FIRING("firing");

  private final String apiName;

  AlertState(String apiName) {
    this.apiName = apiName;
  }

  /** The name the API and the {@code alertstate} label use. */
  public String apiName() {
    return apiName;
  }
}
