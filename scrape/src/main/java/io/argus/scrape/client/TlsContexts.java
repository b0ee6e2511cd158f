package io.argus.scrape.client;

import io.argus.scrape.config.TlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the SSL context and parameters of a {@link TlsConfig}. */
public final class TlsContexts {

  private TlsContexts() {}

  /**
   * The context for {@code config}: the JDK default, a context trusting only the CAs of
   * {@code ca_file}, or one trusting anything (and, since JSSE verifies host names in the trust
   * manager, skipping host name checks too) for {@code insecure_skip_verify}.
   *
   * @throws IllegalArgumentException naming the CA file when it cannot be read or holds no certificate
   */
  public static SSLContext sslContext(TlsConfig config) {
    try {
      if (config.insecureSkipVerify()) {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustingAnything()}, null);
        return context;
      }
      if (config.caFile() == null) {
        return SSLContext.getDefault();
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      Collection<? extends Certificate> certificates;
      try (InputStream in = Files.newInputStream(Path.of(config.caFile()))) {
        certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("tls_config.ca_file " + config.caFile() + " holds no certificate");
      }
      int index = 0;
      for (Certificate certificate : certificates) {
        trusted.setCertificateEntry("ca" + index++, certificate);
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("tls_config.ca_file " + config.caFile() + ": " + e.getMessage(), e);
    }
  }

  /** SSL parameters limiting the protocols to {@code min_version} and up, or null for the defaults. */
  public static SSLParameters sslParameters(TlsConfig config) {
    String[] protocols = config.protocols();
    return protocols == null ? null : new SSLParameters(null, protocols);
  }

  /** {@code insecure_skip_verify}: accepts every certificate and host name. */
  private static final class TrustingAnything extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
