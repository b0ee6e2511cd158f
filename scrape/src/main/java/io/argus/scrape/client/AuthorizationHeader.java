package io.argus.scrape.client;

import io.argus.scrape.config.Authorization;
import io.argus.scrape.config.BasicAuth;
import io.argus.scrape.config.HttpClientConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The {@code Authorization} header of an {@link HttpClientConfig}. */
public final class AuthorizationHeader {

  private AuthorizationHeader() {}

  /**
   * The header value, or null without auth. Secret files are read at every call, so rotated
   * secrets apply without a reload.
   *
   * @throws IOException naming the secret file that cannot be read
   */
  public static String of(HttpClientConfig http) throws IOException {
    BasicAuth basic = http.basicAuth();
    if (basic != null) {
      String password = basic.passwordFile() != null ? readSecret(basic.passwordFile()) : basic.password();
      return "Basic " + Base64.getEncoder()
          .encodeToString((basic.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
    Authorization authorization = http.authorization();
    if (authorization != null) {
      String credentials = authorization.credentialsFile() != null
          ? readSecret(authorization.credentialsFile()) : authorization.credentials();
      return authorization.type() + " " + credentials;
    }
    return null;
  }

  private static String readSecret(String file) throws IOException {
    try {
      return Files.readString(Path.of(file)).strip();
    } catch (IOException e) {
      throw new IOException("unable to read secret file " + file + ": " + e.getMessage(), e);
    }
  }
}
