package io.argus.rules.manager;

import java.util.Map;

/**
 * One alert as {@code /api/v1/alerts} and {@code /api/v1/rules} print it.
 *
 * @param state {@code pending} or {@code firing}
 * @param activeAtMillis epoch milliseconds (printed as RFC 3339 by the API)
 * @param keepFiringSinceMillis epoch milliseconds, or {@code Long.MIN_VALUE} when not held
 * @param value the sample value formatted as Prometheus does ({@code %e} shortest), e.g. {@code
 *     1e+00}
 */
public record AlertView(
    Map<String, String> labels,
    Map<String, String> annotations,
    String state,
    long activeAtMillis,
    long keepFiringSinceMillis,
    String value) {}
