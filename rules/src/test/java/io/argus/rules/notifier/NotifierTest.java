package io.argus.rules.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.argus.core.label.Labels;
import io.argus.rules.evaluation.AlertSnapshot;
import io.argus.rules.evaluation.AlertState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotifierTest {

  private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> authorizations = new LinkedBlockingQueue<>();
  private volatile CountDownLatch received = new CountDownLatch(0);
  private volatile CountDownLatch release = new CountDownLatch(0);
  private volatile int status = 200;
  private final HttpServer server;

  NotifierTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v2/alerts", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      authorizations.add(authorization == null ? "" : authorization);
      received.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      bodies.add(exchange.getRequestMethod() + " " + body);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static NotifierAlert alert(String name) {
    return new NotifierAlert(Labels.of("alertname", name), Labels.of("summary", "s"), 0, 60_000, "http://x/graph");
  }

  @Test
  void postsAlertmanagerApiV2JsonWithExternalLabels() throws InterruptedException {
    NotifierOptions options = new NotifierOptions(100, 64, Duration.ofSeconds(5), Map.of("cluster", "eu1", "alertname", "ignored"), null);
    AlertmanagerTarget target = new AlertmanagerTarget(AlertmanagerTarget.of(baseUrl()).alertsUrl(), "Bearer secret");
    try (Notifier notifier = new Notifier(options, List.of(target))) {
      AlertSnapshot firing = new AlertSnapshot(
          Labels.of("alertname", "HighLatency", "job", "api"), Labels.of("summary", "p95 \"high\""),
          AlertState.FIRING, 1_700_000_000_000L, 1_700_000_060_500L, AlertSnapshot.NO_TIME,
          1_700_000_060_500L, 1_700_000_300_500L, AlertSnapshot.NO_TIME, 0.7);
      notifier.notifyFunction("http://argus:9090").send("latency > 0.5", List.of(firing));
      String body = bodies.poll(10, TimeUnit.SECONDS);
      assertThat(body).isEqualTo(
          "POST [{\"labels\":{\"alertname\":\"HighLatency\",\"cluster\":\"eu1\",\"job\":\"api\"},"
              + "\"annotations\":{\"summary\":\"p95 \\\"high\\\"\"},"
              + "\"startsAt\":\"2023-11-14T22:14:20.5Z\",\"endsAt\":\"2023-11-14T22:18:20.5Z\","
              + "\"generatorURL\":\"http://argus:9090/graph?g0.expr=latency+%3E+0.5\\u0026g0.tab=1\"}]");
      assertThat(authorizations.poll(10, TimeUnit.SECONDS)).isEqualTo("Bearer secret");
    }
  }

  @Test
  void batchesAtMostMaxBatchSizeAlertsPerRequest() throws InterruptedException {
    received = new CountDownLatch(1);
    release = new CountDownLatch(1);
    NotifierOptions options = new NotifierOptions(1000, 2, Duration.ofSeconds(5), Map.of(), null);
    try (Notifier notifier = new Notifier(options, List.of(AlertmanagerTarget.of(baseUrl())))) {
      notifier.send(List.of(alert("first")));
      assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
      List<NotifierAlert> five = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        five.add(alert("a" + i));
      }
      notifier.send(five);
      assertThat(notifier.queueLength()).isEqualTo(5);
      release.countDown();
      List<String> requests = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        requests.add(bodies.poll(10, TimeUnit.SECONDS));
      }
      assertThat(requests.get(1)).contains("\"a0\"").contains("\"a1\"").doesNotContain("\"a2\"");
      assertThat(requests.get(3)).contains("\"a4\"");
      notifier.close();
      assertThat(notifier.sentTotal()).isEqualTo(6);
    }
  }

  @Test
  void aFullQueueDropsTheOldestAlerts() throws InterruptedException {
    received = new CountDownLatch(1);
    release = new CountDownLatch(1);
    NotifierOptions options = new NotifierOptions(2, 64, Duration.ofSeconds(5), Map.of(), null);
    try (Notifier notifier = new Notifier(options, List.of(AlertmanagerTarget.of(baseUrl())))) {
      notifier.send(List.of(alert("inflight")));
      assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
      notifier.send(List.of(alert("b1"), alert("b2"), alert("b3"), alert("b4")));
      assertThat(notifier.droppedTotal()).isEqualTo(2);
      assertThat(notifier.queueLength()).isEqualTo(2);
      release.countDown();
      bodies.poll(10, TimeUnit.SECONDS);
      String second = bodies.poll(10, TimeUnit.SECONDS);
      assertThat(second).contains("\"b3\"", "\"b4\"").doesNotContain("\"b1\"");
    }
  }

  @Test
  void failedDeliveriesCountAsDroppedAndRelabelingCanDropAlerts() throws InterruptedException {
    status = 500;
    NotifierOptions options = new NotifierOptions(100, 64, Duration.ofSeconds(5), Map.of(),
        labels -> labels.get("alertname").equals("silenced") ? null : labels);
    try (Notifier notifier = new Notifier(options, List.of(AlertmanagerTarget.of(baseUrl())))) {
      notifier.send(List.of(alert("silenced"), alert("kept")));
      String body = bodies.poll(10, TimeUnit.SECONDS);
      assertThat(body).contains("\"kept\"").doesNotContain("silenced");
      notifier.close();
      assertThat(notifier.droppedTotal()).isEqualTo(1);
      assertThat(notifier.errorsTotal()).isEqualTo(1);
      assertThat(notifier.sentTotal()).isZero();
    }
  }
}
