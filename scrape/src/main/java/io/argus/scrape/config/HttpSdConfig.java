package io.argus.scrape.config;

import java.net.URI;
import java.util.Objects;

/**
 * {@code http_sd_configs} entry: a URL answering with a JSON list of target groups, polled every
 * {@code refresh_interval} (default 1m).
 */
public record HttpSdConfig(URI url, long refreshIntervalMillis, HttpClientConfig httpClient)
    implements DiscoveryConfig {

  public static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 60_000;

  public HttpSdConfig {
    Objects.requireNonNull(url, "http_sd_configs.url");
    Objects.requireNonNull(httpClient, "http_sd_configs http client settings");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("URL scheme must be 'http' or 'https'");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new IllegalArgumentException("host is missing in URL");
    }
    if (refreshIntervalMillis <= 0) {
      throw new IllegalArgumentException("http_sd_configs.refresh_interval must be positive");
    }
  }

  public static HttpSdConfig of(URI url) {
    return new HttpSdConfig(url, DEFAULT_REFRESH_INTERVAL_MILLIS, HttpClientConfig.defaults());
  }
}
