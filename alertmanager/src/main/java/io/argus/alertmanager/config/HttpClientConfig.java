package io.argus.alertmanager.config;

/**
 * The subset of Prometheus' {@code http_config} that Argus applies to outgoing notifications:
 * basic auth, an {@code Authorization} header (also from the legacy {@code bearer_token}),
 * redirects and HTTP/2. Credentials given as {@code *_file} are read when a request is made, so a
 * rotated secret is picked up without a reload. Absent strings are empty.
 */
public record HttpClientConfig(
    String basicAuthUsername,
    String basicAuthPassword,
    String basicAuthPasswordFile,
    String authorizationType,
    String authorizationCredentials,
    String authorizationCredentialsFile,
    boolean followRedirects,
    boolean enableHttp2) {

  public static HttpClientConfig defaults() {
    return new HttpClientConfig("", "", "", "", "", "", true, true);
  }

  public boolean hasBasicAuth() {
    return !basicAuthUsername.isEmpty();
  }

  public boolean hasAuthorization() {
    return !authorizationCredentials.isEmpty() || !authorizationCredentialsFile.isEmpty();
  }
}
