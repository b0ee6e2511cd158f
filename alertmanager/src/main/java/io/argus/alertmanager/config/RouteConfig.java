package io.argus.alertmanager.config;

import io.argus.alertmanager.matcher.MatcherSet;
import java.util.List;

/**
 * One {@code route:} node as written. Options that the node leaves out are null ({@code
 * receiver}, {@code groupBy}, the intervals) so the routing tree can inherit them from the parent;
 * {@code matchers} combines {@code match}, {@code match_re} and {@code matchers}.
 */
public record RouteConfig(
    String receiver,
    List<String> groupBy,
    boolean continueMatching,
    MatcherSet matchers,
    Long groupWaitMillis,
    Long groupIntervalMillis,
    Long repeatIntervalMillis,
    List<String> muteTimeIntervals,
    List<String> activeTimeIntervals,
    List<RouteConfig> routes,
    ConfigPosition position) {

  public RouteConfig {
    groupBy = groupBy == null ? null : List.copyOf(groupBy);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
    routes = List.copyOf(routes);
  }
}
