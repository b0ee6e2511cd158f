package io.argus.rules.notifier;

import java.net.URI;
import java.util.Objects;

/**
 * One Alertmanager to send to.
 *
 * @param alertsUrl the full URL of its alerts endpoint, e.g. {@code http://am:9093/api/v2/alerts}
 * @param authorization the {@code Authorization} header value ({@code Basic …}, {@code Bearer …}),
 *     or null
 */
public record AlertmanagerTarget(URI alertsUrl, String authorization) {

  public AlertmanagerTarget {
    Objects.requireNonNull(alertsUrl, "alertsUrl");
  }

  /** The API v2 alerts URL of an Alertmanager at {@code baseUrl} (scheme, host, port, path prefix). */
  public static AlertmanagerTarget of(String baseUrl) {
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new AlertmanagerTarget(URI.create(trimmed + "/api/v2/alerts"), null);
  }
}
