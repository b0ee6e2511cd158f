package io.argus.rules.template;

/** Go values that print in Go's way when a template outputs them. */
final class GoValue {

  private GoValue() {}

  /** A {@code *time.Time}. */
  record Time(long epochMillis) {
    @Override
    public String toString() {
      return GoTime.formatTime(epochMillis);
    }

    /** {@code .Unix}, as templates call it. */
    public long unix() {
      return Math.floorDiv(epochMillis, 1000L);
    }
  }

  /** A {@code *time.Duration}. */
  record Duration(long nanos) {
    @Override
    public String toString() {
      return GoTime.formatDuration(nanos);
    }
  }

  static Time time(long epochMillis) {
    return new Time(epochMillis);
  }

  static Duration duration(long nanos) {
    return new Duration(nanos);
  }
}
