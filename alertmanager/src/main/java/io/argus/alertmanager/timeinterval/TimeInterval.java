package io.argus.alertmanager.timeinterval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One entry of a time interval: every non-empty list must contain the instant (seen in {@code
 * location}); an empty list places no constraint. Days of month may count from the month's end
 * ({@code -1} is the last day), as in Alertmanager, and ranges are clamped to the month.
 */
public record TimeInterval(
    List<TimeOfDayRange> times,
    List<IntRange> weekdays,
    List<IntRange> daysOfMonth,
    List<IntRange> months,
    List<IntRange> years,
    ZoneId location) {

  public TimeInterval {
    times = List.copyOf(times);
    weekdays = List.copyOf(weekdays);
    daysOfMonth = List.copyOf(daysOfMonth);
    months = List.copyOf(months);
    years = List.copyOf(years);
  }

  public boolean contains(Instant instant) {
    ZonedDateTime time = instant.atZone(location);
    if (!times.isEmpty()) {
      int minute = time.getHour() * 60 + time.getMinute();
      if (times.stream().noneMatch(range -> range.contains(minute))) {
        return false;
      }
    }
    if (!daysOfMonth.isEmpty() && !containsDayOfMonth(time)) {
      return false;
    }
    int weekday = time.getDayOfWeek().getValue() % 7; // Sunday is 0, as in Go
    return matchesAny(weekdays, weekday)
        && matchesAny(months, time.getMonthValue())
        && matchesAny(years, time.getYear());
  }

  private boolean containsDayOfMonth(ZonedDateTime time) {
    int daysInMonth = time.toLocalDate().lengthOfMonth();
    int day = time.getDayOfMonth();
    for (IntRange range : daysOfMonth) {
      int begin = range.begin() < 0 ? daysInMonth + range.begin() + 1 : range.begin();
      int end = range.end() < 0 ? daysInMonth + range.end() + 1 : range.end();
      if (begin > daysInMonth) {
        continue;
      }
      begin = Math.clamp(begin, -daysInMonth, daysInMonth);
      end = Math.clamp(end, -daysInMonth, daysInMonth);
      if (day >= begin && day <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<IntRange> ranges, int value) {
    if (ranges.isEmpty()) {
      return true;
    }
    for (IntRange range : ranges) {
      if (range.contains(value)) {
        return true;
      }
    }
    return false;
  }
}
