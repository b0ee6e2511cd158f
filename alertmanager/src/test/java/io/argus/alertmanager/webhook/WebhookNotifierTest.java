package io.argus.alertmanager.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.argus.alertmanager.config.HttpClientConfig;
import io.argus.alertmanager.config.WebhookConfig;
import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.DeliveryOutcome;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.core.label.Labels;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sends to a real HTTP server on the loopback interface. */
class WebhookNotifierTest {

  record Received(String method, String contentType, String authorization, String userAgent, String body) {}

  private HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final AtomicInteger status = new AtomicInteger(200);

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(new Received(exchange.getRequestMethod(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("Authorization"),
          exchange.getRequestHeaders().getFirst("User-Agent"), body));
      byte[] response = "nope".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status.get(), response.length);
      exchange.getResponseBody().write(response);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private static final NotificationData DATA = NotificationData.of("r",
      List.of(new AlertData("firing", Labels.of("alertname", "A"), Labels.empty(), 1_000, 0, "", "00000000000000aa")),
      Labels.empty(), "http://am", "{}:{}");

  private WebhookNotifier notifier(String url, String urlFile, HttpClientConfig http) {
    return new WebhookNotifier(new WebhookConfig(true, url, urlFile, http, 0), Duration.ofSeconds(5));
  }

  @Test
  void postsThePayloadAsJson() throws InterruptedException {
    DeliveryOutcome outcome = notifier(url(), "", HttpClientConfig.defaults()).deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
    Received request = received.poll(5, TimeUnit.SECONDS);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(request.userAgent()).isEqualTo(WebhookNotifier.USER_AGENT);
    assertThat(request.authorization()).isNull();
    assertThat(request.body()).isEqualTo(WebhookPayload.encode(DATA, 0));
  }

  @Test
  void serverErrorsAndTooManyRequestsAreRetryableClientErrorsAreNot() {
    WebhookNotifier notifier = notifier(url(), "", HttpClientConfig.defaults());
    status.set(503);
    assertThat(notifier.deliver(DATA, DATA.alerts())).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> {
      assertThat(failed.retryable()).isTrue();
      assertThat(failed.reason()).isEqualTo("serverError");
      assertThat(failed.message()).contains("503").contains("nope");
    });
    status.set(429);
    assertThat(notifier.deliver(DATA, DATA.alerts()))
        .isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
    status.set(400);
    assertThat(notifier.deliver(DATA, DATA.alerts())).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> {
      assertThat(failed.retryable()).isFalse();
      assertThat(failed.reason()).isEqualTo("clientError");
    });
  }

  @Test
  void refusedConnectionIsRetryable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    DeliveryOutcome outcome = notifier("http://127.0.0.1:" + closedPort + "/hook", "", HttpClientConfig.defaults())
        .deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class, failed -> {
      assertThat(failed.retryable()).isTrue();
      assertThat(failed.message()).contains(String.valueOf(closedPort));
    });
  }

  @Test
  void sendsBasicAuthAndReadsUrlAndSecretsFromFiles(@TempDir Path directory) throws Exception {
    Path urlFile = directory.resolve("url");
    Files.writeString(urlFile, url() + "\n");
    Path passwordFile = directory.resolve("password");
    Files.writeString(passwordFile, "s3cret\n");
    HttpClientConfig basic = new HttpClientConfig("alice", "", passwordFile.toString(), "", "", "", true, true);
    assertThat(notifier("", urlFile.toString(), basic).deliver(DATA, DATA.alerts()))
        .isInstanceOf(DeliveryOutcome.Delivered.class);
    assertThat(received.poll(5, TimeUnit.SECONDS).authorization())
        .isEqualTo("Basic YWxpY2U6czNjcmV0");

    HttpClientConfig bearer = new HttpClientConfig("", "", "", "Bearer", "token", "", true, true);
    notifier(url(), "", bearer).deliver(DATA, DATA.alerts());
    assertThat(received.poll(5, TimeUnit.SECONDS).authorization()).isEqualTo("Bearer token");
  }

  @Test
  void missingUrlFileIsAPermanentFailure(@TempDir Path directory) {
    DeliveryOutcome outcome = notifier("", directory.resolve("missing").toString(), HttpClientConfig.defaults())
        .deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
        failed -> assertThat(failed.retryable()).isFalse());
  }
}
