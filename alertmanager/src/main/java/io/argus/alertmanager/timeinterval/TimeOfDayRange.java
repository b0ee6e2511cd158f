package io.argus.alertmanager.timeinterval;

/**
 * A half-open range of minutes since midnight, {@code [startMinute, endMinute)}, as written in
 * {@code times: [{start_time: "09:00", end_time: "17:00"}]}; {@code 24:00} is allowed as an end.
 */
public record TimeOfDayRange(int startMinute, int endMinute) {

  public TimeOfDayRange {
    if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "start time must be before end time and both within 00:00-24:00, got "
              + startMinute + " to " + endMinute + " minutes");
    }
  }

  public boolean contains(int minuteOfDay) {
    return minuteOfDay >= startMinute && minuteOfDay < endMinute;
  }
}
