package io.argus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus 2.42 (Debian's package, installed by .ci/run) as a real peer: it remote-writes its own
 * scrapes into Argus, and remote-reads from Argus, and both sides see the other's data.
 */
class PrometheusPeerTest {

  private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");

  @TempDir Path dir;
  private ArgusServer argus;
  private Process prometheus;

  @AfterEach
  void stop() throws Exception {
    if (prometheus != null) {
      prometheus.destroy();
      if (!prometheus.waitFor(30, TimeUnit.SECONDS)) {
        prometheus.destroyForcibly();
      }
    }
    if (argus != null) {
      argus.close();
    }
  }

  @Test
  void prometheusWritesIntoArgusAndReadsFromIt() throws Exception {
    assumeTrue(Files.isExecutable(PROMETHEUS), "Prometheus is not installed (apt-get install prometheus)");
    argus = TestServers.start(dir.resolve("argus"), "--web.enable-remote-write-receiver");
    Appender appender = argus.storage().appender();
    long now = System.currentTimeMillis();
    appender.append(0, Labels.of("__name__", "only_in_argus", "source", "argus"), now - 10_000, 42);
    appender.commit();

    int prometheusPort = TestHttp.freePort();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
        scrape_configs:
          - job_name: peer
            static_configs:
              - targets: ["127.0.0.1:%1$d"]
        remote_write:
          - url: http://127.0.0.1:%2$d/api/v1/write
            queue_config:
              batch_send_deadline: 1s
        remote_read:
          - url: http://127.0.0.1:%2$d/api/v1/read
            read_recent: true
        """.formatted(prometheusPort, argus.port()));
    prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("prometheus-data"), "--web.listen-address=127.0.0.1:" + prometheusPort)
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();

    String written = await(() -> query(argus.port(), "up{job=\"peer\"}"), body -> body.contains(",\"1\"]"));
    assertThat(written).contains("\"instance\":\"127.0.0.1:" + prometheusPort + "\"");
    assertThat(query(argus.port(), "count(prometheus_build_info)")).contains(",\"1\"]");

    String read = await(() -> query(prometheusPort, "only_in_argus"), body -> body.contains("\"42\""));
    assertThat(read).contains("\"source\":\"argus\"");
  }

  @Test
  void argusWritesIntoPrometheusWithExternalLabels() throws Exception {
    assumeTrue(Files.isExecutable(PROMETHEUS), "Prometheus is not installed (apt-get install prometheus)");
    int prometheusPort = TestHttp.freePort();
    Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1h\n");
    prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
        "--storage.tsdb.path=" + dir.resolve("prometheus-data"), "--web.listen-address=127.0.0.1:" + prometheusPort,
        "--web.enable-remote-write-receiver")
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();

    int argusPort = TestHttp.freePort();
    Path config = dir.resolve("argus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
          external_labels:
            cluster: eu-1
        scrape_configs:
          - job_name: argus
            static_configs:
              - targets: ["127.0.0.1:%1$d"]
        remote_write:
          - url: http://127.0.0.1:%2$d/api/v1/write
            queue_config:
              batch_send_deadline: 1s
            write_relabel_configs:
              - source_labels: [__name__]
                regex: up|argus_build_info
                action: keep
        """.formatted(argusPort, prometheusPort));
    argus = TestServers.start(dir.resolve("argus"), "--config.file=" + config, "--web.listen-address=127.0.0.1:" + argusPort);

    String up = await(() -> query(prometheusPort, "up{job=\"argus\"}"), body -> body.contains(",\"1\"]"));
    assertThat(up).contains("\"cluster\":\"eu-1\"").contains("\"instance\":\"127.0.0.1:" + argusPort + "\"");
    assertThat(query(prometheusPort, "count({job=\"argus\"}) by (__name__)"))
        .as("write_relabel_configs kept only two metrics")
        .contains("\"__name__\":\"up\"").contains("\"__name__\":\"argus_build_info\"")
        .doesNotContain("jvm_");
    assertThat(TestHttp.get(argus.port(), "/metrics").body())
        .containsPattern("argus_remote_storage_samples_total\\{remote_name=\"[^\"]*\",url=\"http://127.0.0.1:"
            + prometheusPort + "/api/v1/write\"} [1-9]")
        .contains("argus_remote_storage_samples_dropped_total{");
  }

  private String await(ThrowingSupplier query, Predicate<String> done) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        last = query.get();
        if (done.test(last)) {
          return last;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("condition not met within 60 s; last answer: " + last + "\nprometheus log:\n"
        + String.join("\n", tail(Files.readAllLines(dir.resolve("prometheus.log")))));
  }

  private static List<String> tail(List<String> lines) {
    return lines.subList(Math.max(0, lines.size() - 20), lines.size());
  }

  @FunctionalInterface
  private interface ThrowingSupplier {
    String get() throws Exception;
  }

  private static String query(int port, String promql) throws Exception {
    return TestHttp.get(port, "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).body();
  }

}
