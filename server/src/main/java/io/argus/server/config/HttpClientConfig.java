package io.argus.server.config;

import java.util.Map;

/**
 * How Argus connects to a scrape target, Alertmanager or remote endpoint: authentication, TLS,
 * proxy and protocol options, as Prometheus' common HTTP client configuration.
 *
 * @param basicAuth null when not set
 * @param authorization null when not set ({@code bearer_token} is mapped onto it, as Prometheus does)
 */
public record HttpClientConfig(
    BasicAuth basicAuth,
    Authorization authorization,
    TlsConfig tls,
    String proxyUrl,
    boolean followRedirects,
    boolean enableHttp2) {

  public static final HttpClientConfig DEFAULT =
      new HttpClientConfig(null, null, TlsConfig.NONE, "", true, true);

  /** {@code basic_auth}: a password or a file to read it from, never both. */
  public record BasicAuth(String username, String password, String passwordFile) {}

  /** {@code authorization}: the header's type (default Bearer) and its credentials or their file. */
  public record Authorization(String type, String credentials, String credentialsFile) {}

  /** {@code tls_config}. */
  public record TlsConfig(
      String caFile,
      String certFile,
      String keyFile,
      String serverName,
      boolean insecureSkipVerify,
      String minVersion) {

    public static final TlsConfig NONE = new TlsConfig("", "", "", "", false, "");

    static TlsConfig from(YamlMapping yaml) throws ConfigException {
      yaml.refuseUnsupported("ca", "cert", "key", "max_version");
      TlsConfig tls = new TlsConfig(
          ConfigPaths.resolve(yaml, yaml.string("ca_file", "")),
          ConfigPaths.resolve(yaml, yaml.string("cert_file", "")),
          ConfigPaths.resolve(yaml, yaml.string("key_file", "")),
          yaml.string("server_name", ""),
          yaml.bool("insecure_skip_verify", false),
          yaml.string("min_version", ""));
      if (!tls.minVersion.isEmpty() && !Map.of("TLS10", 1, "TLS11", 1, "TLS12", 1, "TLS13", 1).containsKey(tls.minVersion)) {
        throw yaml.errorAt("min_version", "unknown TLS version: " + tls.minVersion);
      }
      if (tls.certFile.isEmpty() != tls.keyFile.isEmpty()) {
        throw yaml.error("tls_config needs both cert_file and key_file, or neither");
      }
      yaml.finish();
      return tls;
    }
  }

  /** Reads the HTTP client keys, which sit directly inside the owning section. */
  static HttpClientConfig from(YamlMapping yaml) throws ConfigException {
    yaml.refuseUnsupported("oauth2", "proxy_from_environment", "proxy_connect_header", "no_proxy", "http_headers");
    BasicAuth basicAuth = null;
    if (yaml.has("basic_auth")) {
      YamlMapping section = yaml.mapping("basic_auth");
      basicAuth = new BasicAuth(section.string("username", ""), section.string("password", ""),
          ConfigPaths.resolve(section, section.string("password_file", "")));
      section.refuseUnsupported("username_file");
      if (!basicAuth.password().isEmpty() && !basicAuth.passwordFile().isEmpty()) {
        throw section.error("at most one of basic_auth password & password_file must be configured");
      }
      section.finish();
    } else {
      yaml.node("basic_auth");
    }
    Authorization authorization = null;
    if (yaml.has("authorization")) {
      YamlMapping section = yaml.mapping("authorization");
      authorization = new Authorization(section.string("type", "Bearer"), section.string("credentials", ""),
          ConfigPaths.resolve(section, section.string("credentials_file", "")));
      if (authorization.type().equalsIgnoreCase("basic")) {
        throw section.errorAt("type", "authorization type cannot be set to \"basic\", use \"basic_auth\" instead");
      }
      if (!authorization.credentials().isEmpty() && !authorization.credentialsFile().isEmpty()) {
        throw section.error("at most one of authorization credentials & credentials_file must be configured");
      }
      section.finish();
    } else {
      yaml.node("authorization");
    }
    String bearerToken = yaml.string("bearer_token", "");
    String bearerTokenFile = ConfigPaths.resolve(yaml, yaml.string("bearer_token_file", ""));
    if (!bearerToken.isEmpty() || !bearerTokenFile.isEmpty()) {
      if (authorization != null || basicAuth != null) {
        throw yaml.error("at most one of basic_auth, authorization and bearer_token & bearer_token_file must be configured");
      }
      if (!bearerToken.isEmpty() && !bearerTokenFile.isEmpty()) {
        throw yaml.error("at most one of bearer_token & bearer_token_file must be configured");
      }
      authorization = new Authorization("Bearer", bearerToken, bearerTokenFile);
    }
    if (basicAuth != null && authorization != null) {
      throw yaml.error("at most one of basic_auth, oauth2 & authorization must be configured");
    }
    TlsConfig tls = yaml.has("tls_config") ? TlsConfig.from(yaml.mapping("tls_config")) : TlsConfig.NONE;
    yaml.node("tls_config");
    String proxyUrl = yaml.string("proxy_url", "");
    return new HttpClientConfig(basicAuth, authorization, tls, proxyUrl,
        yaml.bool("follow_redirects", true), yaml.bool("enable_http2", true));
  }
}
