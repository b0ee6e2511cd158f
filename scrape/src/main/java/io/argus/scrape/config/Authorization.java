package io.argus.scrape.config;

import java.util.Locale;

/**
 * {@code authorization}: a header {@code Authorization: <type> <credentials>}, the type defaulting
 * to {@code Bearer}, the credentials given inline or in a file read at every request.
 *
 * @param credentialsFile a path, or null
 */
public record Authorization(String type, String credentials, String credentialsFile) {

  public Authorization {
    type = type == null || type.isEmpty() ? "Bearer" : type;
    credentials = credentials == null ? "" : credentials;
    if (type.toLowerCase(Locale.ROOT).equals("basic")) {
      throw new IllegalArgumentException(
          "authorization type cannot be set to \"basic\", use \"basic_auth\" instead");
    }
    if (!credentials.isEmpty() && credentialsFile != null) {
      throw new IllegalArgumentException(
          "at most one of authorization credentials & credentials_file must be configured");
    }
  }

  /** A bearer token. */
  public static Authorization bearer(String token) {
    return new Authorization("Bearer", token, null);
  }
}
