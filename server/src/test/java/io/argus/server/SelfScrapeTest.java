package io.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path in one process: Argus scrapes its own /metrics as the configuration says, stores
 * the samples, and answers PromQL over them through the HTTP API.
 */
class SelfScrapeTest {

  @TempDir Path dir;
  private ArgusServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void scrapesItselfAndAnswersQueriesOverTheResult() throws Exception {
    int port = TestHttp.freePort();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
        scrape_configs:
          - job_name: argus
            static_configs:
              - targets: ["127.0.0.1:%d"]
                labels:
                  env: test
            metric_relabel_configs:
              - source_labels: [__name__]
                regex: jvm_.*
                action: drop
        """.formatted(port));
    server = TestServers.start(dir.resolve("data"), "--config.file=" + config, "--web.listen-address=127.0.0.1:" + port);

    String up = TestHttp.await(port, "/api/v1/query?query=up", body -> body.contains(",\"1\"]"));
    assertThat(up).contains("{\"__name__\":\"up\",\"env\":\"test\",\"instance\":\"127.0.0.1:" + port
        + "\",\"job\":\"argus\"},\"value\":[").contains(",\"1\"]");
    assertThat(query("argus_build_info")).contains("\"job\":\"argus\"");
    assertThat(query("count({__name__=~\"jvm_.*\"})")).as("dropped by metric_relabel_configs")
        .contains("\"result\":[]");
    assertThat(query("scrape_samples_scraped")).contains("\"job\":\"argus\"");

    String targets = TestHttp.get(server.port(), "/api/v1/targets").body();
    assertThat(targets)
        .contains("\"activeTargets\":[{\"discoveredLabels\":{\"__address__\":\"127.0.0.1:" + port + "\"")
        .contains("\"labels\":{\"env\":\"test\",\"instance\":\"127.0.0.1:" + port + "\",\"job\":\"argus\"}")
        .contains("\"scrapePool\":\"argus\"")
        .contains("\"scrapeUrl\":\"http://127.0.0.1:" + port + "/metrics\"")
        .contains("\"health\":\"up\"")
        .contains("\"scrapeInterval\":\"1s\"")
        .contains("\"droppedTargets\":[]");
    assertThat(TestHttp.get(server.port(), "/api/v1/targets?state=dropped").body())
        .isEqualTo("{\"status\":\"success\",\"data\":{\"droppedTargets\":[]}}");
    assertThat(TestHttp.get(server.port(), "/api/v1/metadata?metric=argus_config_last_reload_successful").body())
        .isEqualTo("{\"status\":\"success\",\"data\":{\"argus_config_last_reload_successful\":[{\"type\":\"gauge\","
            + "\"help\":\"Whether the last configuration reload attempt was successful.\",\"unit\":\"\"}]}}");
    assertThat(TestHttp.get(server.port(), "/api/v1/targets/metadata?metric=argus_config_last_reload_successful").body())
        .contains("\"target\":{\"env\":\"test\",\"instance\":\"127.0.0.1:" + port + "\",\"job\":\"argus\"}")
        .contains("\"type\":\"");
  }

  private String query(String promql) throws Exception {
    return TestHttp.get(server.port(), "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).body();
  }
}
