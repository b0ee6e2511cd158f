package io.argus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgusServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private ArgusServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Path config(String yaml) throws Exception {
    Path file = dir.resolve("prometheus.yml");
    Files.writeString(file, yaml);
    return file;
  }

  private JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void servesHealthReadinessAndTheEmbeddedDefaultConfig() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    int port = server.port();
    assertThat(TestHttp.get(port, "/-/healthy").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = TestHttp.get(port, "/-/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("Argus Server is Ready.\n");
    JsonNode config = json(TestHttp.get(port, "/api/v1/status/config"));
    assertThat(config.path("status").asText()).isEqualTo("success");
    assertThat(config.path("data").path("yaml").asText())
        .contains("job_name: argus")
        .contains("scrape_interval: 15s")
        .contains("- 127.0.0.1:" + 0)
        .doesNotContain("&id");
    assertThat(Files.exists(dir.resolve("data/lock"))).isTrue();
  }

  @Test
  void exposesSelfMetrics() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    TestHttp.get(server.port(), "/-/healthy");
    String metrics = TestHttp.get(server.port(), "/metrics").body();
    assertThat(metrics)
        .contains("argus_build_info{")
        .contains("jvm_memory_used_bytes{")
        .contains("process_cpu_seconds_total")
        .contains("argus_http_requests_total{code=\"200\",handler=\"/-/healthy\"} 1")
        .contains("argus_http_request_duration_seconds_bucket{handler=\"/-/healthy\",le=\"0.1\"}")
        .contains("argus_config_last_reload_successful 1")
        .contains("argus_config_last_reload_success_timestamp_seconds ")
        .contains("argus_tsdb_head_series 0")
        .contains("argus_tsdb_head_samples_appended_total 0")
        .contains("argus_tsdb_wal_fsync_duration_seconds_count ");
  }

  @Test
  void statusEndpointsHavePrometheusShapes() throws Exception {
    server = TestServers.start(dir.resolve("data"), "--query.timeout=30s");
    int port = server.port();
    JsonNode build = json(TestHttp.get(port, "/api/v1/status/buildinfo")).path("data");
    assertThat(build.fieldNames()).toIterable()
        .containsExactly("version", "revision", "branch", "buildUser", "buildDate", "goVersion");
    JsonNode flags = json(TestHttp.get(port, "/api/v1/status/flags")).path("data");
    assertThat(flags.path("query.timeout").asText()).isEqualTo("30s");
    assertThat(flags.path("web.listen-address").asText()).isEqualTo("127.0.0.1:0");
    JsonNode runtime = json(TestHttp.get(port, "/api/v1/status/runtimeinfo")).path("data");
    assertThat(runtime.path("reloadConfigSuccess").asBoolean()).isTrue();
    assertThat(runtime.path("storageRetention").asText()).isEqualTo("15d");
    assertThat(runtime.has("startTime")).isTrue();
    assertThat(runtime.has("CWD")).isTrue();
    assertThat(runtime.has("lastConfigTime")).isTrue();
    HttpResponse<String> viaPost = TestHttp.send(port, "/api/v1/status/buildinfo", "POST", "");
    assertThat(viaPost.statusCode()).isEqualTo(200);
    assertThat(viaPost.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void unknownPathsGetPrometheusNotFound() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/nope");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("404 page not found\n");
  }

  @Test
  void compressesForClientsThatAcceptGzip() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    HttpResponse<byte[]> response = TestHttp.getBytes(server.port(), "/metrics", "gzip");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(body).contains("argus_build_info");
  }

  @Test
  void lifecycleEndpointsNeedTheFlag() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    HttpResponse<String> reload = TestHttp.post(server.port(), "/-/reload");
    assertThat(reload.statusCode()).isEqualTo(403);
    assertThat(reload.body()).isEqualTo("Lifecycle API is not enabled.");
    assertThat(TestHttp.post(server.port(), "/-/quit").statusCode()).isEqualTo(403);
    assertThat(TestHttp.get(server.port(), "/-/reload").statusCode()).isEqualTo(405);
  }

  @Test
  void reloadAppliesAGoodConfigAndKeepsTheRunningOneOnABadOne() throws Exception {
    Path file = config("global:\n  scrape_interval: 20s\n");
    server = TestServers.start(dir.resolve("data"), "--config.file=" + file, "--web.enable-lifecycle");
    int port = server.port();
    assertThat(TestHttp.get(port, "/api/v1/status/config").body()).contains("scrape_interval: 20s");

    Files.writeString(file, "global:\n  scrape_interval: 25s\n");
    assertThat(TestHttp.post(port, "/-/reload").statusCode()).isEqualTo(200);
    assertThat(TestHttp.get(port, "/api/v1/status/config").body()).contains("scrape_interval: 25s");

    Files.writeString(file, "global:\n  scrape_interval: 25s\n  bogus: 1\n");
    HttpResponse<String> failed = TestHttp.post(port, "/-/reload");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).startsWith("failed to reload config: " + file + ":3:3: unknown field \"bogus\"");
    assertThat(TestHttp.get(port, "/api/v1/status/config").body()).contains("scrape_interval: 25s");
    assertThat(TestHttp.get(port, "/metrics").body()).contains("argus_config_last_reload_successful 0");
    assertThat(json(TestHttp.get(port, "/api/v1/status/runtimeinfo")).path("data").path("reloadConfigSuccess")
        .asBoolean()).isFalse();

    Files.writeString(file, "global:\n  scrape_interval: 30s\n");
    assertThat(server.reload()).isNull();
    assertThat(TestHttp.get(port, "/metrics").body()).contains("argus_config_last_reload_successful 1");
  }

  @Test
  void quitStopsTheServer() throws Exception {
    server = TestServers.start(dir.resolve("data"), "--web.enable-lifecycle");
    int port = server.port();
    HttpResponse<String> quit = TestHttp.post(port, "/-/quit");
    assertThat(quit.statusCode()).isEqualTo(200);
    assertThat(quit.body()).isEqualTo("Requesting termination... Goodbye!\n");
    server.awaitStop();
    assertThatThrownBy(() -> TestHttp.get(port, "/-/healthy")).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aBrokenConfigStopsTheStartNamingFileAndLine() throws Exception {
    Path file = config("scrape_configs:\n  - job_name: a\n    scrape_timeout: 2m\n");
    assertThatThrownBy(() -> TestServers.start(dir.resolve("data"), "--config.file=" + file))
        .isInstanceOf(StartupException.class)
        .hasMessageStartingWith("error loading config: " + file + ":3:21: scrape timeout greater than scrape interval");
    assertThat(Files.exists(dir.resolve("data"))).as("nothing half-started").isFalse();
  }

  @Test
  void anExplicitConfigFileMustExist() {
    Path missing = dir.resolve("missing.yml");
    assertThatThrownBy(() -> TestServers.start(dir.resolve("data"), "--config.file=" + missing))
        .hasMessageContaining(missing + ": cannot read configuration: no such file");
  }

  @Test
  void aPortInUseIsReportedAndReleasesEverything() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      ServerOptions options = TestServers.options(dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port);
      assertThatThrownBy(() -> ArgusServer.start(options, java.time.Clock.systemUTC()))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("127.0.0.1:" + port);
    }
    server = TestServers.start(dir.resolve("data"));
    assertThat(TestHttp.get(server.port(), "/-/ready").statusCode()).as("data directory lock released").isEqualTo(200);
  }

  @Test
  void aLockedDataDirectoryIsRefused() throws Exception {
    server = TestServers.start(dir.resolve("data"));
    assertThatThrownBy(() -> TestServers.start(dir.resolve("data")))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("data directory " + dir.resolve("data"));
  }
}
