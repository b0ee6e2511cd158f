package io.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules end to end in one server: rule files from prometheus.yml are evaluated, recording rules
 * write series, alerting rules fire with templated annotations, and the alerts reach the embedded
 * Alertmanager's API; a broken rule file is refused on reload and the running rules stay.
 */
class RulesIntegrationTest {

  @TempDir Path dir;
  private ArgusServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void rulesRecordFireAndReachTheEmbeddedAlertmanager() throws Exception {
    int port = TestHttp.freePort();
    Files.writeString(dir.resolve("rules.yml"), """
        groups:
          - name: example
            interval: 1s
            rules:
              - record: job:answer:sum
                expr: sum(vector(42))
              - alert: AnswerIsKnown
                expr: job:answer:sum > 40
                labels:
                  severity: page
                annotations:
                  summary: "the answer is {{ $value }}"
        """);
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  evaluation_interval: 1s\nrule_files: [\"rules.yml\"]\n");
    server = TestServers.start(dir.resolve("data"), "--config.file=" + config, "--web.listen-address=127.0.0.1:" + port,
        "--web.enable-lifecycle");

    assertThat(await("/api/v1/query?query=" + URLEncoder.encode("job:answer:sum", StandardCharsets.UTF_8),
        body -> body.contains("\"42\""))).contains("\"__name__\":\"job:answer:sum\"");
    String alerts = await("/api/v1/alerts", body -> body.contains("\"state\":\"firing\""));
    assertThat(alerts).contains("\"alertname\":\"AnswerIsKnown\"").contains("\"summary\":\"the answer is 42\"");
    String rules = TestHttp.get(port, "/api/v1/rules").body();
    assertThat(rules).contains("\"name\":\"example\"").contains("\"type\":\"recording\"").contains("\"type\":\"alerting\"")
        .contains("\"health\":\"ok\"").contains("\"interval\":1");
    assertThat(await("/api/v2/alerts", body -> body.contains("AnswerIsKnown")))
        .contains("\"severity\":\"page\"").contains("\"summary\":\"the answer is 42\"");
    assertThat(TestHttp.get(port, "/api/v1/alertmanagers").body())
        .contains("\"url\":\"http://127.0.0.1:" + port + "/api/v2/alerts\"");
    // ALERTS is written from the evaluation after the for-state restore, as in Prometheus.
    assertThat(await("/api/v1/query?query=ALERTS", body -> body.contains("\"alertstate\":\"firing\"")))
        .contains("\"alertname\":\"AnswerIsKnown\"");

    assertThat(TestHttp.get(port, "/metrics").body())
        .containsPattern("argus_rule_evaluations_total\\{rule_group=\"[^\"]*rules.yml;example\"} [1-9]")
        .containsPattern("argus_notifications_sent_total [1-9]");

    Files.writeString(dir.resolve("rules.yml"), "groups:\n  - name: broken\n    rules:\n      - record: x\n        expr: sum(\n");
    String failed = TestHttp.post(port, "/-/reload").body();
    assertThat(failed).startsWith("failed to reload config:").contains("rules.yml");
    assertThat(TestHttp.get(port, "/api/v1/rules").body()).contains("\"name\":\"example\"");
  }

  private String await(String path, Predicate<String> done) throws Exception {
    return TestHttp.await(server.port(), path, done);
  }
}
