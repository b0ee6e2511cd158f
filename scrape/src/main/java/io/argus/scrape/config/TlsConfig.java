package io.argus.scrape.config;

import java.util.List;

/**
 * The supported part of {@code tls_config}: a CA bundle to trust instead of the JDK's, skipping
 * verification, and the minimum protocol version. Client certificates ({@code cert_file},
 * {@code key_file}) and {@code server_name} are not supported yet; the configuration loader must
 * refuse them.
 *
 * @param caFile a PEM file of one or more CA certificates, or null for the JDK's trust store
 * @param minVersion {@code TLS12} or {@code TLS13} (Prometheus' names), or "" for the JDK default
 */
public record TlsConfig(String caFile, boolean insecureSkipVerify, String minVersion) {

  private static final List<String> VERSIONS = List.of("TLS12", "TLS13");

  public TlsConfig {
    minVersion = minVersion == null ? "" : minVersion;
    if (!minVersion.isEmpty() && !VERSIONS.contains(minVersion)) {
      throw new IllegalArgumentException("tls_config.min_version: unknown TLS version \"" + minVersion
          + "\"; supported are TLS12 and TLS13");
    }
  }

  public static TlsConfig defaults() {
    return new TlsConfig(null, false, "");
  }

  /** The JSSE protocol names allowed by {@link #minVersion()}, or null for the JDK default. */
  public String[] protocols() {
    return switch (minVersion) {
      case "TLS12" -> new String[] {"TLSv1.3", "TLSv1.2"};
      case "TLS13" -> new String[] {"TLSv1.3"};
      default -> null;
    };
  }
}
