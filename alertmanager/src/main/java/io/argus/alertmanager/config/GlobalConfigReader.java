package io.argus.alertmanager.config;

import io.argus.core.time.PrometheusDuration;
import java.util.Set;

/** Reads {@code global:} and {@code http_config:} sections. */
final class GlobalConfigReader {

  private static final Set<String> GLOBAL_KEYS = Set.of("resolve_timeout", "http_config",
      "smtp_from", "smtp_hello", "smtp_smarthost", "smtp_auth_username", "smtp_auth_password",
      "smtp_auth_password_file", "smtp_auth_identity", "smtp_auth_secret", "smtp_require_tls",
      "slack_api_url", "slack_api_url_file", "victorops_api_key", "victorops_api_key_file",
      "victorops_api_url", "pagerduty_url", "opsgenie_api_key", "opsgenie_api_key_file",
      "opsgenie_api_url", "wechat_api_url", "wechat_api_secret", "wechat_api_corp_id",
      "telegram_api_url", "webex_api_url");

  private static final Set<String> HTTP_KEYS = Set.of("basic_auth", "authorization",
      "bearer_token", "bearer_token_file", "follow_redirects", "enable_http2");

  /** Keys of Prometheus' http_config that Argus does not apply yet: refused, never ignored. */
  private static final Set<String> UNSUPPORTED_HTTP_KEYS = Set.of("tls_config", "proxy_url",
      "oauth2", "no_proxy", "proxy_from_environment", "proxy_connect_header");

  private GlobalConfigReader() {}

  static GlobalConfig read(YamlNode node) {
    GlobalConfig defaults = GlobalConfig.defaults();
    if (node == null) {
      return defaults;
    }
    YamlNode.Mapping global = node.mapping("global");
    long resolveTimeoutMillis = duration(global.get("resolve_timeout"), defaults.resolveTimeoutMillis());
    YamlNode httpNode = global.get("http_config");
    HttpClientConfig http = httpNode == null ? defaults.httpConfig() : readHttp(httpNode);
    GlobalConfig config = new GlobalConfig(
        resolveTimeoutMillis,
        http,
        global.string("smtp_from", defaults.smtpFrom()),
        global.string("smtp_hello", defaults.smtpHello()),
        global.string("smtp_smarthost", defaults.smtpSmarthost()),
        global.string("smtp_auth_username", ""),
        global.string("smtp_auth_password", ""),
        global.string("smtp_auth_password_file", ""),
        global.string("smtp_auth_identity", ""),
        global.string("smtp_auth_secret", ""),
        global.bool("smtp_require_tls", defaults.smtpRequireTls()),
        global.string("slack_api_url", ""),
        global.string("pagerduty_url", defaults.pagerdutyUrl()),
        global.string("opsgenie_api_url", defaults.opsgenieApiUrl()),
        global.string("telegram_api_url", defaults.telegramApiUrl()));
    for (String key : GLOBAL_KEYS) {
      YamlNode value = global.get(key);
      if (value != null && !key.equals("http_config")) {
        value.string(key);
      }
    }
    global.finish(GLOBAL_KEYS);
    return config;
  }

  static long duration(YamlNode node, long absent) {
    if (node == null) {
      return absent;
    }
    String text = node.string("a duration");
    try {
      return PrometheusDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  static HttpClientConfig readHttp(YamlNode node) {
    YamlNode.Mapping http = node.mapping("http_config");
    for (String key : UNSUPPORTED_HTTP_KEYS) {
      YamlNode value = http.get(key);
      if (value != null) {
        throw value.error("http_config." + key + " is not supported by Argus yet");
      }
    }
    String username = "";
    String password = "";
    String passwordFile = "";
    YamlNode basicNode = http.get("basic_auth");
    if (basicNode != null) {
      YamlNode.Mapping basic = basicNode.mapping("basic_auth");
      username = basic.string("username", "");
      password = basic.string("password", "");
      passwordFile = basic.string("password_file", "");
      basic.finish(Set.of("username", "password", "password_file"));
      if (!password.isEmpty() && !passwordFile.isEmpty()) {
        throw basicNode.error("at most one of basic_auth password & password_file must be configured");
      }
    }
    String type = "";
    String credentials = "";
    String credentialsFile = "";
    YamlNode authorizationNode = http.get("authorization");
    if (authorizationNode != null) {
      YamlNode.Mapping authorization = authorizationNode.mapping("authorization");
      type = authorization.string("type", "Bearer");
      credentials = authorization.string("credentials", "");
      credentialsFile = authorization.string("credentials_file", "");
      authorization.finish(Set.of("type", "credentials", "credentials_file"));
      if (type.equalsIgnoreCase("basic")) {
        throw authorizationNode.error(
            "authorization type cannot be set to \"basic\", use \"basic_auth\" instead");
      }
      if (!credentials.isEmpty() && !credentialsFile.isEmpty()) {
        throw authorizationNode.error(
            "at most one of authorization credentials & credentials_file must be configured");
      }
    }
    String bearerToken = http.string("bearer_token", "");
    String bearerTokenFile = http.string("bearer_token_file", "");
    int authenticationKinds = (basicNode != null ? 1 : 0) + (authorizationNode != null ? 1 : 0)
        + (bearerToken.isEmpty() ? 0 : 1) + (bearerTokenFile.isEmpty() ? 0 : 1);
    if (authenticationKinds > 1) {
      throw node.error("at most one of basic_auth, authorization, bearer_token & bearer_token_file "
          + "must be configured");
    }
    if (!bearerToken.isEmpty() || !bearerTokenFile.isEmpty()) {
      type = "Bearer";
      credentials = bearerToken;
      credentialsFile = bearerTokenFile;
    }
    boolean followRedirects = http.bool("follow_redirects", true);
    boolean enableHttp2 = http.bool("enable_http2", true);
    Set<String> known = new java.util.TreeSet<>(HTTP_KEYS);
    known.addAll(UNSUPPORTED_HTTP_KEYS);
    http.finish(known);
    return new HttpClientConfig(username, password, passwordFile, type, credentials,
        credentialsFile, followRedirects, enableHttp2);
  }
}
