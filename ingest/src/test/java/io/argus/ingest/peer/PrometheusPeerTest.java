package io.argus.ingest.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.argus.core.label.Labels;
import io.argus.ingest.fake.InMemorySeriesStorage;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.fake.RecordingStorage.Sample;
import io.argus.ingest.remoteread.ReadResult;
import io.argus.ingest.remoteread.RemoteReadConfig;
import io.argus.ingest.remoteread.RemoteReadHandler;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import io.argus.ingest.remotewrite.WriteResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Prometheus (Debian's {@code prometheus} package, 2.42) against our receivers: it scrapes
 * itself and remote-writes into {@link RemoteWriteHandler}, and it answers PromQL over data only
 * our {@link RemoteReadHandler} holds. Skipped when {@code /usr/bin/prometheus} is absent; CI
 * installs it with {@code apt-get install -y prometheus}.
 */
class PrometheusPeerTest {

  private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  /** A safety net against a hung peer, not a performance expectation. */
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

  @TempDir static Path directory;
  private static HttpServer argus;
  private static Process prometheus;
  private static int prometheusPort;
  private static final RecordingStorage written = new RecordingStorage();
  private static final List<WriteResult> writeResults = new CopyOnWriteArrayList<>();
  private static final long readSampleTime = System.currentTimeMillis() - 30_000;

  @BeforeAll
  static void startPeers() throws Exception {
    assumeTrue(Files.isExecutable(PROMETHEUS),
        "Prometheus peer tests skipped: /usr/bin/prometheus is missing (CI must run apt-get install -y prometheus)");
    RemoteWriteHandler writeHandler = new RemoteWriteHandler(written);
    InMemorySeriesStorage readable = new InMemorySeriesStorage()
        .add(Labels.of("__name__", "argus_only_metric", "job", "argus", "region", "test"),
            new long[] {readSampleTime}, new double[] {42});
    RemoteReadHandler readHandler = new RemoteReadHandler(readable, RemoteReadConfig.defaults(), Labels.empty());

    argus = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    argus.createContext("/api/v1/write", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      WriteResult result = writeHandler.write(exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("Content-Encoding"),
          exchange.getRequestHeaders().getFirst("X-Prometheus-Remote-Write-Version"), body);
      writeResults.add(result);
      result.responseHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] message = result.message().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(result.httpStatus(), message.length == 0 ? -1 : message.length);
      if (message.length > 0) {
        exchange.getResponseBody().write(message);
      }
      exchange.close();
    });
    argus.createContext("/api/v1/read", exchange -> {
      ReadResult result = readHandler.read(exchange.getRequestBody().readAllBytes());
      result.responseHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(result.httpStatus(), result.body().length);
      exchange.getResponseBody().write(result.body());
      exchange.close();
    });
    argus.start();

    prometheusPort = freePort();
    String argusUrl = "http://127.0.0.1:" + argus.getAddress().getPort();
    Path config = directory.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        scrape_configs:
          - job_name: prometheus
            static_configs:
              - targets: ['127.0.0.1:%d']
        remote_write:
          - url: %s/api/v1/write
            queue_config:
              batch_send_deadline: 1s
              min_backoff: 10ms
              max_backoff: 100ms
        remote_read:
          - url: %s/api/v1/read
            read_recent: true
        """.formatted(prometheusPort, argusUrl, argusUrl));
    prometheus = new ProcessBuilder(PROMETHEUS.toString(),
            "--config.file=" + config,
            "--storage.tsdb.path=" + directory.resolve("data"),
            "--web.listen-address=127.0.0.1:" + prometheusPort)
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("prometheus.log").toFile())
        .start();
  }

  @AfterAll
  static void stopPeers() throws Exception {
    if (prometheus != null) {
      prometheus.destroy();
      prometheus.waitFor();
    }
    if (argus != null) {
      argus.stop(0);
    }
  }

  @Test
  void scrapedSamplesArriveThroughRemoteWriteWithTheirLabels() throws Exception {
    String instance = "127.0.0.1:" + prometheusPort;
    Labels up = Labels.of("__name__", "up", "instance", instance, "job", "prometheus");

    Sample upSample = waitFor(() -> written.committed().stream().filter(s -> s.labels().equals(up)).findFirst(), "up sample");
    Sample buildInfo = waitFor(() -> written.committed().stream()
        .filter(s -> s.labels().metricName().equals("prometheus_build_info")).findFirst(), "prometheus_build_info");

    assertThat(upSample.value()).isEqualTo(1.0);
    assertThat(buildInfo.labels().get("job")).isEqualTo("prometheus");
    assertThat(buildInfo.labels().get("instance")).isEqualTo(instance);
    assertThat(buildInfo.labels().get("version")).startsWith("2.");
    assertThat(written.committed()).extracting(s -> s.labels().metricName())
        .contains("scrape_duration_seconds", "prometheus_tsdb_head_series");
    assertThat(writeResults).allSatisfy(result -> assertThat(result.httpStatus()).as(result.message()).isEqualTo(204));
  }

  @Test
  void prometheusQueriesDataOnlyArgusHoldsThroughRemoteRead() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String query = URLEncoder.encode("argus_only_metric{job=\"argus\"}", StandardCharsets.UTF_8);
    URI uri = URI.create("http://127.0.0.1:" + prometheusPort + "/api/v1/query?query=" + query
        + "&time=" + (readSampleTime / 1000.0 + 1));
    String body = waitFor(() -> {
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("argus_only_metric")
            ? Optional.of(response.body()) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty(); // Prometheus still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }, "remote read result");
    assertThat(body).contains("\"region\":\"test\"").contains("\"42\"");
  }

  private static <T> T waitFor(Supplier<Optional<T>> probe, String what) throws Exception {
    long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    while (System.nanoTime() < giveUpAt) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (!prometheus.isAlive()) {
        throw new AssertionError("prometheus exited with " + prometheus.exitValue() + ": "
            + Files.readString(directory.resolve("prometheus.log")));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + what + " from Prometheus within " + GIVE_UP_AFTER + "; its log: "
        + Files.readString(directory.resolve("prometheus.log")) + "; write results: " + writeResults.stream()
            .map(r -> Map.of("status", r.httpStatus(), "message", r.message())).toList());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
