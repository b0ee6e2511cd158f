package io.argus.scrape.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.argus.core.label.Labels;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.TlsConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.target.TargetHealth;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scrapes over TLS from a real HTTPS server with a self-signed certificate made by keytool. */
class TlsScrapeTest {

  @TempDir
  static Path directory;

  private static HttpsServer server;
  private static Path caFile;

  @BeforeAll
  static void startServer() throws Exception {
    Path keyStore = directory.resolve("server.p12");
    caFile = directory.resolve("ca.pem");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", keyStore.toString(),
        "-storetype", "PKCS12", "-storepass", "changeit");
    run(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
        "-storepass", "changeit", "-file", caFile.toString());
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext("/metrics", exchange -> {
      byte[] body = "secure 1\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("keytool: %s", output).isZero();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static ScrapeLoop loop(RecordingAppendable storage, TlsConfig tls) {
    ScrapeConfig config = ScrapeConfig.builder("tls").scheme("https")
        .httpClient(HttpClientConfig.defaults().withTlsConfig(tls)).build();
    ScrapePool pool = new ScrapePool(config, storage, Clock.systemUTC(), false);
    pool.sync(List.of(new TargetGroup("0",
        List.of(Labels.of("__address__", "127.0.0.1:" + server.getAddress().getPort())), Labels.empty())));
    return pool.loops().get(0);
  }

  @Test
  void refusesAnUntrustedCertificate() throws Exception {
    ScrapeLoop loop = loop(new RecordingAppendable(), TlsConfig.defaults());
    loop.scrapeOnce(1_000);
    assertThat(loop.target().state().health()).isEqualTo(TargetHealth.DOWN);
    assertThat(loop.target().state().lastError()).contains("SSLHandshakeException");
  }

  @Test
  void trustsTheCaFile() throws Exception {
    RecordingAppendable storage = new RecordingAppendable();
    ScrapeLoop loop = loop(storage, new TlsConfig(caFile.toString(), false, "TLS13"));
    loop.scrapeOnce(1_000);
    assertThat(loop.target().state().lastError()).isEmpty();
    assertThat(storage.samplesOf("secure")).hasSize(1);
  }

  @Test
  void insecureSkipVerifyAcceptsAnything() throws Exception {
    RecordingAppendable storage = new RecordingAppendable();
    ScrapeLoop loop = loop(storage, new TlsConfig(null, true, ""));
    loop.scrapeOnce(1_000);
    assertThat(loop.target().state().lastError()).isEmpty();
  }

  @Test
  void refusesUnknownVersionsAndUnreadableCaFiles() {
    assertThatThrownBy(() -> new TlsConfig(null, false, "TLS99"))
        .hasMessage("tls_config.min_version: unknown TLS version \"TLS99\"; supported are TLS12 and TLS13");
    assertThatThrownBy(() -> io.argus.scrape.client.TlsContexts.sslContext(
        new TlsConfig(directory.resolve("missing.pem").toString(), false, "")))
        .hasMessageStartingWith("tls_config.ca_file " + directory.resolve("missing.pem"));
  }
}
