package io.argus.server.api;

import io.argus.core.time.PrometheusDuration;
import io.argus.server.http.ApiException;
import io.argus.server.http.Exchange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parameters of Prometheus' API: times as RFC 3339 or Unix seconds with a fraction, durations as
 * seconds or in Prometheus' syntax; errors worded as Prometheus words them, naming the parameter.
 */
final class ApiParameters {

  /** The earliest time a request may mean, as Prometheus' {@code MinTime} in milliseconds. */
  static final long MIN_TIME_MILLIS = -9223309901257974L;

  /** The latest time a request may mean, as Prometheus' {@code MaxTime} in milliseconds. */
  static final long MAX_TIME_MILLIS = 9223309901257974L;

  private ApiParameters() {}

  /** Parameter {@code name} as a time in milliseconds, or {@code defaultMillis} when absent or empty. */
  static long time(Exchange exchange, String name, long defaultMillis) throws ApiException {
    String text = exchange.parameter(name);
    if (text == null || text.isEmpty()) {
      return defaultMillis;
    }
    try {
      return parseTimeMillis(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badData("invalid parameter \"" + name + "\": " + e.getMessage());
    }
  }

  /** Unix seconds (fraction rounded to the millisecond) or RFC 3339. */
  static long parseTimeMillis(String text) {
    try {
      BigDecimal seconds = new BigDecimal(text);
      return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (NumberFormatException | ArithmeticException notANumber) {
      // fall through to RFC 3339
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("cannot parse \"" + text + "\" to a valid timestamp");
    }
  }

  /** Parameter {@code name} as a duration in milliseconds, or {@code defaultMillis} when absent. */
  static long duration(Exchange exchange, String name, long defaultMillis) throws ApiException {
    String text = exchange.parameter(name);
    if (text == null || text.isEmpty()) {
      return defaultMillis;
    }
    try {
      return parseDurationMillis(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badData("invalid parameter \"" + name + "\": " + e.getMessage());
    }
  }

  /** Seconds (with a fraction) or a Prometheus duration such as {@code 5m}. */
  static long parseDurationMillis(String text) {
    try {
      double seconds = Double.parseDouble(text);
      if (Double.isNaN(seconds) || Double.isInfinite(seconds) || Math.abs(seconds) * 1e9 >= 9.223372036854775807e18) {
        throw new IllegalArgumentException("cannot parse \"" + text + "\" to a valid duration. It overflows int64");
      }
      return Math.round(seconds * 1000);
    } catch (NumberFormatException notANumber) {
      try {
        return PrometheusDuration.parseMillis(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot parse \"" + text + "\" to a valid duration");
      }
    }
  }

  /** A non-negative integer parameter, 0 (no limit) when absent. */
  static int limit(Exchange exchange) throws ApiException {
    String text = exchange.parameter("limit");
    if (text == null || text.isEmpty()) {
      return 0;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit < 0) {
        throw ApiException.badData("invalid parameter \"limit\": limit must be non-negative");
      }
      return limit;
    } catch (NumberFormatException e) {
      throw ApiException.badData("invalid parameter \"limit\": cannot parse \"" + text + "\" to a valid limit");
    }
  }
}
