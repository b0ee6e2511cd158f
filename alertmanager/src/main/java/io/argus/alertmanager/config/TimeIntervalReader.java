package io.argus.alertmanager.config;

import io.argus.alertmanager.timeinterval.IntRange;
import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import io.argus.alertmanager.timeinterval.TimeInterval;
import io.argus.alertmanager.timeinterval.TimeIntervalParser;
import io.argus.alertmanager.timeinterval.TimeOfDayRange;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads {@code time_intervals:} (and {@code mute_time_intervals:}) entries. */
final class TimeIntervalReader {

  private static final Set<String> INTERVAL_KEYS =
      Set.of("times", "weekdays", "days_of_month", "months", "years", "location");

  private TimeIntervalReader() {}

  static NamedTimeInterval read(YamlNode node, String section) {
    YamlNode.Mapping named = node.mapping("an entry of " + section);
    String name = named.string("name", "");
    if (name.isEmpty()) {
      throw node.error("missing name in " + section);
    }
    List<TimeInterval> intervals = new ArrayList<>();
    YamlNode list = named.get("time_intervals");
    if (list != null) {
      for (YamlNode item : list.list("time_intervals")) {
        intervals.add(readInterval(item));
      }
    }
    named.finish(Set.of("name", "time_intervals"));
    return new NamedTimeInterval(name, intervals);
  }

  private static TimeInterval readInterval(YamlNode node) {
    YamlNode.Mapping interval = node.mapping("a time interval");
    List<TimeOfDayRange> times = new ArrayList<>();
    YamlNode timesNode = interval.get("times");
    if (timesNode != null) {
      for (YamlNode item : timesNode.list("times")) {
        YamlNode.Mapping range = item.mapping("a time range");
        String start = range.string("start_time", "");
        String end = range.string("end_time", "");
        range.finish(Set.of("start_time", "end_time"));
        try {
          times.add(TimeIntervalParser.times(start, end));
        } catch (IllegalArgumentException e) {
          throw item.error(e.getMessage());
        }
      }
    }
    List<IntRange> weekdays = ranges(interval, "weekdays", TimeIntervalParser::weekdays);
    List<IntRange> days = ranges(interval, "days_of_month", TimeIntervalParser::daysOfMonth);
    List<IntRange> months = ranges(interval, "months", TimeIntervalParser::months);
    List<IntRange> years = ranges(interval, "years", TimeIntervalParser::years);
    ZoneId location = ZoneOffset.UTC;
    YamlNode locationNode = interval.get("location");
    if (locationNode != null) {
      String zone = locationNode.string("location");
      try {
        location = zone.equals("Local") ? ZoneId.systemDefault() : ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw locationNode.error("unknown time zone location \"" + zone + "\"");
      }
    }
    interval.finish(INTERVAL_KEYS);
    return new TimeInterval(times, weekdays, days, months, years, location);
  }

  private static List<IntRange> ranges(
      YamlNode.Mapping interval, String key, Function<String, IntRange> parser) {
    YamlNode node = interval.get(key);
    if (node == null) {
      return List.of();
    }
    List<IntRange> ranges = new ArrayList<>();
    for (YamlNode item : node.list(key)) {
      try {
        ranges.add(parser.apply(item.string("each entry of " + key)));
      } catch (IllegalArgumentException e) {
        throw item.error(e.getMessage());
      }
    }
    return ranges;
  }
}
