package io.argus.alertmanager.api;

import java.util.List;

/**
 * The query parameters of {@code GET /api/v2/alerts} and {@code /alerts/groups}: {@code filter}
 * matcher strings (all must match), which states to include, and an optional receiver regex
 * (fully anchored; null for all).
 */
public record AlertQuery(
    List<String> filter,
    boolean active,
    boolean silenced,
    boolean inhibited,
    boolean unprocessed,
    String receiver) {

  public AlertQuery {
    filter = filter == null ? List.of() : List.copyOf(filter);
  }

  /** Everything, as the API's defaults. */
  public static AlertQuery all() {
    return new AlertQuery(List.of(), true, true, true, true, null);
  }
}
