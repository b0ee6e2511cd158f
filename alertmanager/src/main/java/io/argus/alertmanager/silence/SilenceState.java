package io.argus.alertmanager.silence;

/** A silence's state at a given time, with the name the API uses. */
public enum SilenceState {
  PENDING("pending"),
  ACTIVE("active"),
  EXPIRED("expired");

  private final String apiName;

  SilenceState(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /** Pending before the start, active until the end, expired from the end on. */
  public static SilenceState at(long startsAtMillis, long endsAtMillis, long nowMillis) {
    if (nowMillis < startsAtMillis) {
      return PENDING;
    }
    return nowMillis < endsAtMillis ? ACTIVE : EXPIRED;
  }
}
