package io.argus.rules.evaluation;

import io.argus.core.storage.Appendable;
import io.argus.core.storage.Queryable;
import java.util.Map;
import java.util.Objects;

/**
 * What groups share: where queries run, where output goes, where alerts go, and Prometheus'
 * rule flags.
 *
 * @param queryable read for restoring {@code for} state from {@code ALERTS_FOR_STATE}
 * @param defaultIntervalMillis the global {@code evaluation_interval}
 * @param defaultQueryOffsetMillis the global {@code rule_query_offset}
 * @param resendDelayMillis {@code --rules.alert.resend-delay} (1m)
 * @param outageToleranceMillis {@code --rules.alert.for-outage-tolerance} (1h)
 * @param forGracePeriodMillis {@code --rules.alert.for-grace-period} (10m)
 */
public record GroupOptions(
    QueryFunction query,
    Appendable appendable,
    Queryable queryable,
    NotifyFunction notifier,
    Map<String, String> externalLabels,
    String externalUrl,
    long defaultIntervalMillis,
    long defaultQueryOffsetMillis,
    long resendDelayMillis,
    long outageToleranceMillis,
    long forGracePeriodMillis) {

  public GroupOptions {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(appendable, "appendable");
    Objects.requireNonNull(queryable, "queryable");
    Objects.requireNonNull(notifier, "notifier");
    externalLabels = Map.copyOf(externalLabels);
    externalUrl = externalUrl == null ? "" : externalUrl;
    if (defaultIntervalMillis <= 0) {
      throw new IllegalArgumentException("evaluation interval must be positive, got " + defaultIntervalMillis + "ms");
    }
  }

  /** Prometheus' defaults: 1m interval, no offset, resend 1m, outage tolerance 1h, grace 10m. */
  public static GroupOptions defaults(
      QueryFunction query, Appendable appendable, Queryable queryable, NotifyFunction notify) {
    return new GroupOptions(
        query, appendable, queryable, notify, Map.of(), "", 60_000, 0, 60_000, 3_600_000, 600_000);
  }

  public GroupOptions withExternal(Map<String, String> labels, String url) {
    return new GroupOptions(query, appendable, queryable, notifier, labels, url, defaultIntervalMillis,
        defaultQueryOffsetMillis, resendDelayMillis, outageToleranceMillis, forGracePeriodMillis);
  }

  public GroupOptions withDefaultInterval(long intervalMillis) {
    return new GroupOptions(query, appendable, queryable, notifier, externalLabels, externalUrl, intervalMillis,
        defaultQueryOffsetMillis, resendDelayMillis, outageToleranceMillis, forGracePeriodMillis);
  }

  public GroupOptions withNotify(NotifyFunction newNotify) {
    return new GroupOptions(query, appendable, queryable, newNotify, externalLabels, externalUrl, defaultIntervalMillis,
        defaultQueryOffsetMillis, resendDelayMillis, outageToleranceMillis, forGracePeriodMillis);
  }
}
