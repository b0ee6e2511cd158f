package io.argus.ingest.sender;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.argus.core.label.Labels;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import io.argus.ingest.remotewrite.WriteRequestV1Encoder;
import io.argus.ingest.remotewrite.WriteResult;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpWriteClientTest {

  private HttpServer server;
  private final RecordingStorage storage = new RecordingStorage();
  private final Map<String, String> headers = new ConcurrentHashMap<>();
  private final AtomicInteger forcedStatus = new AtomicInteger();

  @BeforeEach
  void startServer() throws Exception {
    RemoteWriteHandler handler = new RemoteWriteHandler(storage);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/write", exchange -> {
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (forcedStatus.get() != 0) {
        exchange.getResponseHeaders().add("Retry-After", "7");
        byte[] text = "slow down".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(forcedStatus.get(), text.length);
        exchange.getResponseBody().write(text);
        exchange.close();
        return;
      }
      WriteResult result = handler.write(exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("Content-Encoding"), null, body);
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private RemoteWriteEndpoint endpoint(Authorization authorization) {
    return new RemoteWriteEndpoint("loopback",
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/write"),
        Duration.ofSeconds(10), Map.of("X-Scope-OrgID", "tenant-1"), authorization, null, null);
  }

  private static byte[] body() {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    encoder.addSample(Labels.of("__name__", "up", "job", "x"), 1000, 1);
    return encoder.toSnappyBody();
  }

  @Test
  void postsWithPrometheusHeadersAndBasicAuth() {
    SendOutcome outcome = new HttpWriteClient(endpoint(new Authorization.Basic("alice", "s3cret"))).send(body());

    assertThat(outcome.httpStatus()).isEqualTo(204);
    assertThat(headers)
        .containsEntry("content-type", "application/x-protobuf;proto=prometheus.WriteRequest")
        .containsEntry("content-encoding", "snappy")
        .containsEntry("x-prometheus-remote-write-version", "0.1.0")
        .containsEntry("x-scope-orgid", "tenant-1")
        .containsEntry("authorization", "Basic YWxpY2U6czNjcmV0");
    assertThat(headers.get("user-agent")).startsWith("Argus/");
    assertThat(storage.committed()).hasSize(1);
  }

  @Test
  void sendsBearerTokens() {
    new HttpWriteClient(endpoint(new Authorization.Bearer("t0ken"))).send(body());
    assertThat(headers).containsEntry("authorization", "Bearer t0ken");
  }

  @Test
  void reportsStatusBodyAndRetryAfter() {
    forcedStatus.set(429);
    SendOutcome outcome = new HttpWriteClient(endpoint(null)).send(body());
    assertThat(outcome).isEqualTo(new SendOutcome(429, "slow down", 7000));
    assertThat(headers).doesNotContainKey("authorization");
  }

  @Test
  void connectionFailureIsARecoverableOutcome() {
    server.stop(0);
    SendOutcome outcome = new HttpWriteClient(endpoint(null)).send(body());
    assertThat(outcome.httpStatus()).isZero();
    assertThat(outcome.recoverable(false)).isTrue();
    assertThat(outcome.message()).contains("failed");
  }

  @Test
  void retryAfterAcceptsSecondsAndHttpDates() {
    assertThat(HttpWriteClient.retryAfterMillis("3")).isEqualTo(3000);
    assertThat(HttpWriteClient.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
    assertThat(HttpWriteClient.retryAfterMillis("soon")).isZero();
  }
}
