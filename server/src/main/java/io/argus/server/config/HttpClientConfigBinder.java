package io.argus.server.config;

import io.argus.scrape.config.Authorization;
import io.argus.scrape.config.BasicAuth;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.TlsConfig;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Binds Prometheus' common HTTP client keys, which sit directly inside the owning section (a scrape
 * config, an Alertmanager, a remote endpoint), to the scrape module's {@link HttpClientConfig}.
 */
final class HttpClientConfigBinder {

  private HttpClientConfigBinder() {}

  static HttpClientConfig from(YamlMapping yaml) throws ConfigException {
    yaml.refuseUnsupported("oauth2", "proxy_from_environment", "proxy_connect_header", "no_proxy", "http_headers");
    BasicAuth basicAuth = yaml.has("basic_auth") ? basicAuth(yaml.mapping("basic_auth")) : null;
    yaml.node("basic_auth");
    Authorization authorization = yaml.has("authorization") ? authorization(yaml.mapping("authorization")) : null;
    yaml.node("authorization");
    String bearerToken = yaml.string("bearer_token", "");
    String bearerTokenFile = ConfigPaths.resolve(yaml, yaml.string("bearer_token_file", ""));
    if (!bearerToken.isEmpty() || !bearerTokenFile.isEmpty()) {
      if (authorization != null || basicAuth != null) {
        throw yaml.error("at most one of basic_auth, authorization and bearer_token & bearer_token_file must be configured");
      }
      if (!bearerToken.isEmpty() && !bearerTokenFile.isEmpty()) {
        throw yaml.error("at most one of bearer_token & bearer_token_file must be configured");
      }
      authorization = new Authorization("Bearer", bearerToken, bearerTokenFile.isEmpty() ? null : bearerTokenFile);
    }
    TlsConfig tls = tls(yaml);
    URI proxyUrl = null;
    String proxy = yaml.string("proxy_url", "");
    if (!proxy.isEmpty()) {
      try {
        proxyUrl = new URI(proxy);
      } catch (URISyntaxException e) {
        throw yaml.errorAt("proxy_url", "invalid proxy_url \"" + proxy + "\": " + e.getMessage());
      }
    }
    try {
      return new HttpClientConfig(basicAuth, authorization, proxyUrl, yaml.bool("follow_redirects", true),
          yaml.bool("enable_http2", true), tls);
    } catch (IllegalArgumentException e) {
      throw yaml.error(e.getMessage());
    }
  }

  private static BasicAuth basicAuth(YamlMapping section) throws ConfigException {
    section.refuseUnsupported("username_file");
    String passwordFile = ConfigPaths.resolve(section, section.string("password_file", ""));
    BasicAuth auth;
    try {
      auth = new BasicAuth(section.string("username", ""), section.string("password", ""),
          passwordFile.isEmpty() ? null : passwordFile);
    } catch (IllegalArgumentException e) {
      throw section.error(e.getMessage());
    }
    section.finish();
    return auth;
  }

  private static Authorization authorization(YamlMapping section) throws ConfigException {
    String credentialsFile = ConfigPaths.resolve(section, section.string("credentials_file", ""));
    Authorization auth;
    try {
      auth = new Authorization(section.string("type", "Bearer"), section.string("credentials", ""),
          credentialsFile.isEmpty() ? null : credentialsFile);
    } catch (IllegalArgumentException e) {
      throw section.errorAt("type", e.getMessage());
    }
    section.finish();
    return auth;
  }

  /** {@code tls_config}: the CA, verification and minimum version; client certificates are refused. */
  private static TlsConfig tls(YamlMapping yaml) throws ConfigException {
    if (!yaml.has("tls_config")) {
      yaml.node("tls_config");
      return TlsConfig.defaults();
    }
    YamlMapping tls = yaml.mapping("tls_config");
    tls.refuseUnsupported("cert_file", "key_file", "server_name", "ca", "cert", "key", "max_version");
    String caFile = ConfigPaths.resolve(tls, tls.string("ca_file", ""));
    boolean insecure = tls.bool("insecure_skip_verify", false);
    String minVersion = tls.string("min_version", "");
    tls.finish();
    try {
      return new TlsConfig(caFile.isEmpty() ? null : caFile, insecure, minVersion);
    } catch (IllegalArgumentException e) {
      throw tls.errorAt("min_version", e.getMessage());
    }
  }
}
