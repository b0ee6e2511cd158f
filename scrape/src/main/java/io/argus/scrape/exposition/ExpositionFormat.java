package io.argus.scrape.exposition;

import java.util.Locale;

/**
 * The text exposition formats Argus can scrape, with the media types used in Accept headers and
 * the {@code scrape_protocols} names of Prometheus' configuration.
 */
public enum ExpositionFormat {
  PROMETHEUS_TEXT_0_0_4("PrometheusText0.0.4", "text/plain;version=0.0.4"),
  OPENMETRICS_0_0_1("OpenMetricsText0.0.1", "application/openmetrics-text;version=0.0.1"),
  OPENMETRICS_1_0_0("OpenMetricsText1.0.0", "application/openmetrics-text;version=1.0.0");

  private final String protocolName;
  private final String mediaType;

  ExpositionFormat(String protocolName, String mediaType) {
    this.protocolName = protocolName;
    this.mediaType = mediaType;
  }

  /** The name used in {@code scrape_protocols}, e.g. {@code OpenMetricsText1.0.0}. */
  public String protocolName() {
    return protocolName;
  }

  /** The media type with its version parameter, as sent in an Accept header. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The format named in {@code scrape_protocols}.
   *
   * @throws IllegalArgumentException listing the supported names
   */
  public static ExpositionFormat ofProtocolName(String name) {
    for (ExpositionFormat format : values()) {
      if (format.protocolName.equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("scrape_protocols: unsupported protocol \"" + name
        + "\"; supported are PrometheusText0.0.4, OpenMetricsText0.0.1, OpenMetricsText1.0.0");
  }

  /**
   * A parser for a response with this Content-Type: OpenMetrics for
   * {@code application/openmetrics-text}, Prometheus text for anything else (as Prometheus does).
   */
  public static ExpositionParser parserFor(String contentType, byte[] body, int length) {
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/openmetrics-text")) {
      return new OpenMetricsParser(body, 0, length);
    }
    return new PrometheusTextParser(body, 0, length);
  }
}
