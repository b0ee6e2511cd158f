package io.argus.alertmanager.timeinterval;

import java.util.List;
import java.util.Locale;

/**
 * Parses the range strings of a time interval with Alertmanager's rules and wording: {@code
 * monday:friday}, {@code 1:5} or {@code -3:-1} for days of month, {@code january:march} or {@code
 * 1:3} for months, {@code 2024:2026} for years, {@code HH:MM} for times.
 */
public final class TimeIntervalParser {

  private static final List<String> WEEKDAYS =
      List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");

  private TimeIntervalParser() {}

  public static IntRange weekdays(String text) {
    IntRange range = range(text, value -> named(value, WEEKDAYS, 0, "weekday"));
    if (range.begin() > range.end()) {
      throw new IllegalArgumentException("start day cannot be before end day: " + text);
    }
    return range;
  }

  public static IntRange months(String text) {
    IntRange range = range(text, value -> named(value, MONTHS, 1, "month"));
    if (range.begin() > range.end()) {
      throw new IllegalArgumentException("end month " + range.end() + " is before start month "
          + range.begin());
    }
    return range;
  }

  public static IntRange daysOfMonth(String text) {
    IntRange range = range(text, value -> number(value, "day of month"));
    int begin = range.begin();
    int end = range.end();
    if (begin == 0 || end == 0 || Math.abs(begin) > 31 || Math.abs(end) > 31) {
      throw new IllegalArgumentException(
          "days of month must be between 1 and 31 or -31 and -1, found " + text);
    }
    if ((begin > 0 && end > 0 || begin < 0 && end < 0) && begin > end) {
      throw new IllegalArgumentException("end day must be greater than start day: " + text);
    }
    if (begin < 0 && end > 0) {
      throw new IllegalArgumentException(
          "end day must be negative when start day is negative: " + text);
    }
    return range;
  }

  public static IntRange years(String text) {
    IntRange range = range(text, value -> number(value, "year"));
    if (range.begin() <= 0 || range.begin() > range.end()) {
      throw new IllegalArgumentException("invalid year range: " + text);
    }
    return range;
  }

  public static TimeOfDayRange times(String startTime, String endTime) {
    int start = minuteOfDay(startTime);
    int end = minuteOfDay(endTime);
    if (start >= end) {
      throw new IllegalArgumentException(
          "start time " + startTime + " must be before end time " + endTime);
    }
    return new TimeOfDayRange(start, end);
  }

  private static int minuteOfDay(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].length() != 2) {
      throw new IllegalArgumentException("couldn't parse timestamp " + text + ", expected HH:MM");
    }
    int hours = number(parts[0], "hour");
    int minutes = number(parts[1], "minute");
    if (hours < 0 || hours > 24 || minutes < 0 || minutes > 59 || hours == 24 && minutes != 0) {
      throw new IllegalArgumentException("timestamp " + text + " out of range 00:00-24:00");
    }
    return hours * 60 + minutes;
  }

  private interface ValueParser {
    int parse(String value);
  }

  private static IntRange range(String text, ValueParser parser) {
    int colon = text.indexOf(':', text.startsWith("-") ? 1 : 0);
    if (colon < 0) {
      int value = parser.parse(text.strip());
      return new IntRange(value, value);
    }
    return new IntRange(
        parser.parse(text.substring(0, colon).strip()), parser.parse(text.substring(colon + 1).strip()));
  }

  private static int named(String value, List<String> names, int first, String what) {
    String lower = value.toLowerCase(Locale.ROOT);
    int index = names.indexOf(lower);
    if (index >= 0) {
      return index + first;
    }
    if (first == 1) {
      try {
        int number = Integer.parseInt(value);
        if (number >= 1 && number <= 12) {
          return number;
        }
      } catch (NumberFormatException e) {
        // falls through to the error naming the value
      }
    }
    throw new IllegalArgumentException("invalid " + what + ": " + value);
  }

  private static int number(String value, String what) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid " + what + ": " + value);
    }
  }
}
