package io.argus.alertmanager.route;

import java.util.List;

/**
 * The effective options of a route after inheritance: where to send, how to group and when.
 * {@code groupByAll} is set by {@code group_by: ['...']}, in which case {@code groupBy} is empty.
 */
public record RouteOptions(
    String receiver,
    List<String> groupBy,
    boolean groupByAll,
    long groupWaitMillis,
    long groupIntervalMillis,
    long repeatIntervalMillis,
    List<String> muteTimeIntervals,
    List<String> activeTimeIntervals) {

  public static final long DEFAULT_GROUP_WAIT_MILLIS = 30_000L;
  public static final long DEFAULT_GROUP_INTERVAL_MILLIS = 5 * 60_000L;
  public static final long DEFAULT_REPEAT_INTERVAL_MILLIS = 4 * 3_600_000L;

  public RouteOptions {
    groupBy = List.copyOf(groupBy);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
  }
}
