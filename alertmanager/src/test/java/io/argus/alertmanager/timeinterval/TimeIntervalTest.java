package io.argus.alertmanager.timeinterval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {

  private static TimeInterval days(String... ranges) {
    return new TimeInterval(List.of(), List.of(),
        List.of(ranges).stream().map(TimeIntervalParser::daysOfMonth).toList(), List.of(), List.of(),
        ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "2026-02-28T12:00:00Z, -1,     true",
      "2026-02-27T12:00:00Z, -1,     false",
      "2026-01-31T12:00:00Z, -1,     true",
      "2026-02-26T00:00:00Z, -3:-1,  true",
      "2026-02-25T23:59:00Z, -3:-1,  false",
      "2026-02-28T00:00:00Z, 25:31,  true",
      "2026-02-03T00:00:00Z, 1:5,    true",
      "2026-02-06T00:00:00Z, 1:5,    false",
      "2026-02-28T00:00:00Z, 30:31,  false",
      "2026-02-10T00:00:00Z, 10:-10, true",
  })
  void daysOfMonthCountFromBothEnds(String instant, String range, boolean expected) {
    assertThat(days(range).contains(Instant.parse(instant))).isEqualTo(expected);
  }

  @Test
  void timesAreHalfOpenAndSeenInTheLocation() {
    TimeInterval interval = new TimeInterval(List.of(TimeIntervalParser.times("09:00", "17:00")),
        List.of(TimeIntervalParser.weekdays("monday:friday")), List.of(), List.of(), List.of(),
        ZoneId.of("America/New_York"));
    assertThat(interval.contains(Instant.parse("2026-11-23T14:00:00Z"))).isTrue(); // Mon 09:00 EST
    assertThat(interval.contains(Instant.parse("2026-11-23T13:59:00Z"))).isFalse();
    assertThat(interval.contains(Instant.parse("2026-11-23T22:00:00Z"))).isFalse(); // 17:00 excluded
    assertThat(interval.contains(Instant.parse("2026-11-22T15:00:00Z"))).isFalse(); // Sunday
  }

  @Test
  void monthsAndYearsAcceptNamesAndNumbers() {
    TimeInterval interval = new TimeInterval(List.of(), List.of(),
        List.of(), List.of(TimeIntervalParser.months("november:12"), TimeIntervalParser.months("1")),
        List.of(TimeIntervalParser.years("2026:2027")), ZoneOffset.UTC);
    assertThat(interval.contains(Instant.parse("2026-11-01T00:00:00Z"))).isTrue();
    assertThat(interval.contains(Instant.parse("2027-01-15T00:00:00Z"))).isTrue();
    assertThat(interval.contains(Instant.parse("2026-10-31T23:59:59Z"))).isFalse();
    assertThat(interval.contains(Instant.parse("2028-12-01T00:00:00Z"))).isFalse();
  }

  @Test
  void endOfDayMayBeTwentyFourHundred() {
    assertThat(TimeIntervalParser.times("22:00", "24:00")).isEqualTo(new TimeOfDayRange(22 * 60, 24 * 60));
    assertThat(TimeIntervalParser.weekdays("Sunday")).isEqualTo(new IntRange(0, 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "friday:monday; start day cannot be before end day",
      "funday; invalid weekday",
  })
  void rejectsBadWeekdays(String text, String message) {
    assertThatThrownBy(() -> TimeIntervalParser.weekdays(text)).hasMessageContaining(message);
  }

  @Test
  void rejectsBadRanges() {
    assertThatThrownBy(() -> TimeIntervalParser.months("march:january")).hasMessageContaining("before start month");
    assertThatThrownBy(() -> TimeIntervalParser.daysOfMonth("-1:5")).hasMessageContaining("must be negative");
    assertThatThrownBy(() -> TimeIntervalParser.daysOfMonth("5:1")).hasMessageContaining("greater than start");
    assertThatThrownBy(() -> TimeIntervalParser.times("9:00", "25:00")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> TimeIntervalParser.times("0900", "10:00")).hasMessageContaining("expected HH:MM");
    assertThatThrownBy(() -> TimeIntervalParser.years("2027:2026")).hasMessageContaining("invalid year range");
  }
}
