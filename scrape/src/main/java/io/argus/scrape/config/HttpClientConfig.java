package io.argus.scrape.config;

import java.net.URI;

/**
 * The HTTP client settings shared by scrapes and HTTP service discovery.
 *
 * @param basicAuth or null
 * @param authorization or null
 * @param proxyUrl an {@code http://host:port} proxy, or null
 */
public record HttpClientConfig(
    BasicAuth basicAuth, Authorization authorization, URI proxyUrl, boolean followRedirects, boolean enableHttp2,
    TlsConfig tlsConfig) {

  public HttpClientConfig {
    tlsConfig = tlsConfig == null ? TlsConfig.defaults() : tlsConfig;
    if (basicAuth != null && authorization != null) {
      throw new IllegalArgumentException("at most one of basic_auth, oauth2 & authorization must be configured");
    }
    if (proxyUrl != null && (proxyUrl.getHost() == null || proxyUrl.getPort() < 0)) {
      throw new IllegalArgumentException("proxy_url: expected http://host:port, found \"" + proxyUrl + "\"");
    }
  }

  /** Without TLS settings (the JDK's trust store); kept for callers written before tls_config. */
  public HttpClientConfig(
      BasicAuth basicAuth, Authorization authorization, URI proxyUrl, boolean followRedirects, boolean enableHttp2) {
    this(basicAuth, authorization, proxyUrl, followRedirects, enableHttp2, TlsConfig.defaults());
  }

  /** Prometheus' defaults: no auth, no proxy, follow redirects, HTTP/2 allowed. */
  public static HttpClientConfig defaults() {
    return new HttpClientConfig(null, null, null, true, true, TlsConfig.defaults());
  }

  public HttpClientConfig withBasicAuth(BasicAuth newBasicAuth) {
    return new HttpClientConfig(newBasicAuth, authorization, proxyUrl, followRedirects, enableHttp2, tlsConfig);
  }

  public HttpClientConfig withAuthorization(Authorization newAuthorization) {
    return new HttpClientConfig(basicAuth, newAuthorization, proxyUrl, followRedirects, enableHttp2, tlsConfig);
  }

  public HttpClientConfig withFollowRedirects(boolean follow) {
    return new HttpClientConfig(basicAuth, authorization, proxyUrl, follow, enableHttp2, tlsConfig);
  }

  public HttpClientConfig withTlsConfig(TlsConfig newTlsConfig) {
    return new HttpClientConfig(basicAuth, authorization, proxyUrl, followRedirects, enableHttp2, newTlsConfig);
  }
}
