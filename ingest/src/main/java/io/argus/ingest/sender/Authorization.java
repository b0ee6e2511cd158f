package io.argus.ingest.sender;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** How the sender authenticates to an endpoint: the value of the Authorization header. */
public sealed interface Authorization {

  /** The header value, or null for none. */
  String headerValue();

  /** No Authorization header. */
  record None() implements Authorization {
    @Override
    public String headerValue() {
      return null;
    }
  }

  /** {@code basic_auth}: username and password, base64 as RFC 7617 says. */
  record Basic(String username, String password) implements Authorization {
    public Basic {
      if (username == null || username.isEmpty()) {
        throw new IllegalArgumentException("basic_auth needs a username, got " + username);
      }
      password = password == null ? "" : password;
    }

    @Override
    public String headerValue() {
      return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=<secret>]";
    }
  }

  /** {@code authorization} with type Bearer (or the old {@code bearer_token}). */
  record Bearer(String token) implements Authorization {
    public Bearer {
      if (token == null || token.isEmpty()) {
        throw new IllegalArgumentException("a bearer token must not be empty");
      }
    }

    @Override
    public String headerValue() {
      return "Bearer " + token;
    }

    @Override
    public String toString() {
      return "Bearer[<secret>]";
    }
  }
}
