package io.argus.alertmanager.timeinterval;

import java.time.Instant;
import java.util.List;

/** A named list of time intervals; an instant is inside when any of them contains it. */
public record NamedTimeInterval(String name, List<TimeInterval> intervals) {

  public NamedTimeInterval {
    intervals = List.copyOf(intervals);
  }

  public boolean contains(Instant instant) {
    for (TimeInterval interval : intervals) {
      if (interval.contains(instant)) {
        return true;
      }
    }
    return false;
  }
}
