package io.argus.scrape.config;

import java.util.Objects;

/**
 * {@code basic_auth}: a username and either a password or a file holding it (read at every request,
 * so rotated secrets apply without a reload).
 *
 * @param passwordFile a path, or null
 */
public record BasicAuth(String username, String password, String passwordFile) {

  public BasicAuth {
    Objects.requireNonNull(username, "basic_auth.username");
    password = password == null ? "" : password;
    if (!password.isEmpty() && passwordFile != null) {
      throw new IllegalArgumentException("at most one of basic_auth password & password_file must be configured");
    }
  }
}
