package io.argus.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import io.argus.alertmanager.notify.NotificationObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same configuration and alerts sent to Alertmanager 0.25 (Debian's {@code
 * prometheus-alertmanager}, started here) and to Argus must produce the same webhook payload,
 * byte for byte: grouping, sorting, truncation, fingerprints, group key and JSON encoding.
 * Skipped when the peer binary is not installed; CI installs it.
 */
class WebhookPayloadPeerTest {

  private static final Path PEER = Path.of("/usr/bin/prometheus-alertmanager");

  @TempDir Path directory;

  private static String config(int webhookPort, String path) {
    return """
        route:
          receiver: hook
          group_by: [alertname]
          group_wait: 5s
          group_interval: 5m
          repeat_interval: 4h
        receivers:
          - name: hook
            webhook_configs:
              - url: 'http://127.0.0.1:%d/%s'
                max_alerts: 3
        """.formatted(webhookPort, path);
  }

  private static List<PostableAlert> alerts(Instant now) {
    // Recent starts: an alert older than group_wait would make Alertmanager flush on its arrival,
    // before the rest of the request is inserted, and the comparison would depend on that race.
    Instant startsAt = now.minusSeconds(2).truncatedTo(ChronoUnit.MILLIS).plusMillis(120);
    Instant endedAt = now.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    return List.of(
        new PostableAlert(Map.of("alertname", "Down", "job", "node", "instance", "b:9100", "zone", "é"),
            Map.of("summary", "<b>down</b> & \"out\"", "runbook", "https://wiki/a?b=1&c=2"), startsAt, null,
            "http://prom:9090/graph?g0.expr=up%3D%3D0"),
        new PostableAlert(Map.of("alertname", "Down", "job", "node", "instance", "a:9100", "zone", "é"),
            Map.of("summary", "<b>down</b> & \"out\""), startsAt, null, "http://prom:9090/graph"),
        new PostableAlert(Map.of("alertname", "Down", "job", "batch", "instance", "c:9100"),
            Map.of("summary", "tab\there\nnewline"), startsAt, endedAt, ""),
        new PostableAlert(Map.of("alertname", "Down", "job", "api", "zone", "é"),
            Map.of(), startsAt, null, ""));
  }

  @Test
  void argusSendsTheSamePayloadAsAlertmanager() throws Exception {
    assumeTrue(Files.isExecutable(PEER), "needs " + PEER + " (apt-get install prometheus-alertmanager)");
    BlockingQueue<String> fromPeer = new LinkedBlockingQueue<>();
    BlockingQueue<String> fromArgus = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/peer", exchange -> {
      fromPeer.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.createContext("/argus", exchange -> {
      fromArgus.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
    int port = freePort();
    Path configFile = directory.resolve("alertmanager.yml");
    Files.writeString(configFile, config(receiver.getAddress().getPort(), "peer"));
    Process peer = new ProcessBuilder(PEER.toString(), "--config.file=" + configFile,
        "--storage.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
        "--cluster.listen-address=", "--web.external-url=http://argus.example:9090")
        .redirectErrorStream(true).redirectOutput(directory.resolve("peer.log").toFile()).start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      awaitReady(client, port);
      Instant now = Instant.now();
      HttpResponse<String> posted = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/v2/alerts"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json(alerts(now)))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
      String peerPayload = fromPeer.poll(60, TimeUnit.SECONDS);
      assertThat(peerPayload).as("payload from the peer").isNotNull()
          .contains("\"truncatedAlerts\":1", "\"status\":\"resolved\"", "\\u003cb\\u003e");

      ManualClock clock = new ManualClock(now.toEpochMilli());
      String yaml = config(receiver.getAddress().getPort(), "argus");
      AtomicInteger ids = new AtomicInteger();
      try (Alertmanager argus = Alertmanager.start(AlertmanagerConfigLoader.parse(yaml, "am.yml"),
          new AlertmanagerOptions(clock, null, "http://argus.example:9090", yaml, Runnable::run,
              clock::advanceMillis, false, Long.MAX_VALUE, Duration.ofSeconds(10),
              NotificationObserver.NONE, () -> "s" + ids.incrementAndGet()))) {
        assertThat(argus.putAlerts(alerts(now)).errors()).isEmpty();
        clock.advanceSeconds(5);
        argus.tick();
      }
      assertThat(fromArgus.poll(10, TimeUnit.SECONDS)).isEqualTo(peerPayload);
    } finally {
      peer.destroy();
      peer.waitFor(10, TimeUnit.SECONDS);
      receiver.stop(0);
    }
  }

  private static void awaitReady(HttpClient client, int port) throws Exception {
    URI ready = URI.create("http://127.0.0.1:" + port + "/-/ready");
    for (int attempt = 0; attempt < 300; attempt++) {
      try {
        if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // the peer is still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Alertmanager did not become ready on port " + port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String json(List<PostableAlert> alerts) {
    StringBuilder out = new StringBuilder("[");
    for (PostableAlert alert : alerts) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"labels\":").append(object(alert.labels()))
          .append(",\"annotations\":").append(object(alert.annotations()))
          .append(",\"startsAt\":\"").append(alert.startsAt()).append('"');
      if (alert.endsAt() != null) {
        out.append(",\"endsAt\":\"").append(alert.endsAt()).append('"');
      }
      out.append(",\"generatorURL\":").append(quote(alert.generatorURL())).append('}');
    }
    return out.append(']').toString();
  }

  private static String object(Map<String, String> pairs) {
    StringBuilder out = new StringBuilder("{");
    pairs.forEach((name, value) -> out.append(out.length() > 1 ? "," : "").append(quote(name)).append(':')
        .append(quote(value)));
    return out.append('}').toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
