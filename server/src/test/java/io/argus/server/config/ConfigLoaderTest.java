package io.argus.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.scrape.config.FileSdConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

  private static final String FULL = """
      global:
        scrape_interval: 30s
        scrape_timeout: 20s
        evaluation_interval: 1m30s
        external_labels:
          cluster: eu-1
        query_log_file: queries.log
      rule_files:
        - rules/*.yml
      alerting:
        alertmanagers:
          - static_configs:
              - targets: ["localhost:9093"]
      scrape_configs:
        - job_name: node
          scrape_interval: 5s
          static_configs:
            - targets: ["localhost:9100"]
              labels:
                env: prod
          relabel_configs:
            - source_labels: [__address__]
              regex: "(.*):9100"
              target_label: host
            - action: labeldrop
              regex: tmp_.*
          basic_auth:
            username: admin
            password: s3cret
        - job_name: files
          file_sd_configs:
            - files: ["targets/*.json"]
      remote_write:
        - url: http://localhost:9201/write
          queue_config:
            max_shards: 10
      storage:
        tsdb:
          out_of_order_time_window: 10m
      """;

  @Test
  void loadsAFullConfigWithDefaultsApplied() throws Exception {
    PrometheusConfig config = ConfigLoader.parse(FULL, "/etc/argus/prometheus.yml");
    assertThat(config.global().scrapeIntervalMillis()).isEqualTo(30_000);
    assertThat(config.global().evaluationIntervalMillis()).isEqualTo(90_000);
    assertThat(config.global().externalLabels()).isEqualTo(Labels.of("cluster", "eu-1"));
    assertThat(config.ruleFiles()).containsExactly("/etc/argus/rules/*.yml");

    ScrapeConfig node = config.scrapeConfigs().get(0);
    assertThat(node.scrapeIntervalMillis()).isEqualTo(5_000);
    assertThat(node.scrapeTimeoutMillis()).as("global timeout capped at the job's interval").isEqualTo(5_000);
    assertThat(node.metricsPath()).isEqualTo("/metrics");
    assertThat(node.honorTimestamps()).isTrue();
    assertThat(((StaticConfig) node.discoveryConfigs().get(0)).labels()).isEqualTo(Map.of("env", "prod"));
    assertThat(node.relabelConfigs()).hasSize(2);
    assertThat(node.relabelConfigs().get(0).replacement()).isEqualTo("$1");
    assertThat(node.httpClient().basicAuth().password()).isEqualTo("s3cret");

    ScrapeConfig files = config.scrapeConfigs().get(1);
    assertThat(files.scrapeTimeoutMillis()).isEqualTo(20_000);
    assertThat(((FileSdConfig) files.discoveryConfigs().get(0)).files()).containsExactly("/etc/argus/targets/*.json");

    assertThat(config.remoteWrite().get(0).queue().maxShards()).isEqualTo(10);
    assertThat(config.remoteWrite().get(0).queue().capacity()).isEqualTo(10_000);
    assertThat(config.alerting().alertmanagers().get(0).apiVersion()).isEqualTo("v2");
    assertThat(config.storage().outOfOrderTimeWindowMillis()).isEqualTo(600_000);
  }

  @Test
  void anEmptyFileIsPrometheusDefaults() throws Exception {
    PrometheusConfig config = ConfigLoader.parse("", "empty.yml");
    assertThat(config.global().scrapeIntervalMillis()).isEqualTo(60_000);
    assertThat(config.global().scrapeTimeoutMillis()).isEqualTo(10_000);
    assertThat(config.scrapeConfigs()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top-level key    | global:\\n  scrape_interval: 1m\\nscrape_confgs: []                       | c.yml:3:1: unknown field "scrape_confgs" in config
      unknown nested key       | scrape_configs:\\n  - job_name: a\\n    scrape_intervall: 1m                | c.yml:3:5: unknown field "scrape_intervall" in scrape_config
      bad duration             | global:\\n  scrape_interval: 1h1h                                           | c.yml:2:20: invalid duration for scrape_interval: not a valid duration string: "1h1h"
      timeout above interval   | global:\\n  scrape_interval: 10s\\n  scrape_timeout: 20s                  | c.yml:3:19: global scrape timeout greater than scrape interval
      duplicate job            | scrape_configs:\\n  - job_name: a\\n  - job_name: a                        | c.yml:3:15: found multiple scrape configs with job name "a"
      missing job name         | scrape_configs:\\n  - scrape_interval: 1m                                   | c.yml:2:5: scrape_config needs "job_name"
      bad label name           | global:\\n  external_labels:\\n    0bad: x                                   | c.yml:3:5: "0bad" is not a valid label name
      invalid yaml             | global:\\n  scrape_interval: [1m                                            | c.yml:2:23: invalid YAML
      wrong type               | scrape_configs:\\n  job_name: a                                             | c.yml:2:3: expected a list for scrape_configs, got a mapping
      duplicate key            | global:\\n  scrape_interval: 1m\\n  scrape_interval: 2m                   | c.yml:3:3: mapping key "scrape_interval" already defined at line 2
      unsupported discovery    | scrape_configs:\\n  - job_name: k\\n    kubernetes_sd_configs: []           | c.yml:3:5: kubernetes_sd_configs in scrape_config is not supported by Argus yet
      bad relabel action       | scrape_configs:\\n  - job_name: a\\n    relabel_configs:\\n      - action: frob | c.yml:4:17: unknown relabel action "frob"
      replace without target   | scrape_configs:\\n  - job_name: a\\n    relabel_configs:\\n      - regex: x     | c.yml:4:9: relabel configuration for replace action requires 'target_label' value
      bad regex                | scrape_configs:\\n  - job_name: a\\n    metric_relabel_configs:\\n      - action: drop\\n        regex: "a(" | c.yml:5:16: invalid regular expression "a("
      bad scheme               | scrape_configs:\\n  - job_name: a\\n    scheme: ftp                         | c.yml:3:13: URL scheme must be 'http' or 'https', got "ftp"
      bad remote write url     | remote_write:\\n  - url: localhost:9201                                      | c.yml:2:10: URL scheme must be 'http' or 'https' with a host
      negative sample limit    | scrape_configs:\\n  - job_name: a\\n    sample_limit: -1                    | c.yml:3:19: sample_limit must not be negative, got -1
      bad boolean              | scrape_configs:\\n  - job_name: a\\n    honor_labels: maybe                 | c.yml:3:19: invalid boolean for honor_labels: "maybe"
      bad tls version          | scrape_configs:\\n  - job_name: a\\n    tls_config:\\n      min_version: TLS9 | c.yml:4:20: tls_config.min_version: unknown TLS version "TLS9"
      tls settings             | scrape_configs:\\n  - job_name: a\\n    tls_config:\\n      cert_file: c.pem | c.yml:4:7: cert_file in tls_config is not supported by Argus yet
      dns discovery            | scrape_configs:\\n  - job_name: a\\n    dns_sd_configs: []                  | c.yml:3:5: dns_sd_configs in scrape_config is not supported by Argus yet
      proto protocol           | global:\\n  scrape_protocols: [PrometheusProto]                           | c.yml:2:21: scrape protocol "PrometheusProto" is not supported by Argus yet
      target with a path       | scrape_configs:\\n  - job_name: a\\n    static_configs:\\n      - targets: ["http://x/metrics"] | c.yml:4:18: "http://x/metrics" is not a valid target address
      """)
  void rejectsBadInputNamingFileLineAndColumn(String name, String yaml, String expectedMessage) {
    assertThatThrownBy(() -> ConfigLoader.parse(yaml.replace("\\n", "\n"), "c.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(expectedMessage);
  }

  @Test
  void exceptionCarriesPosition() {
    assertThatThrownBy(() -> ConfigLoader.parse("global:\n  nope: 1\n", "p.yml"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo("p.yml");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(3);
        });
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("absent.yml");
    assertThatThrownBy(() -> ConfigLoader.load(missing))
        .hasMessage(missing + ": cannot read configuration: no such file");
  }

  @Test
  void loadsFromDiskResolvingRelativePaths(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("prometheus.yml");
    Files.writeString(file, "rule_files: [\"alerts.yml\"]\n");
    assertThat(ConfigLoader.load(file).ruleFiles()).containsExactly(dir.resolve("alerts.yml").toString());
  }

  @Test
  void embeddedDefaultScrapesItself() {
    PrometheusConfig config = ConfigLoader.embeddedDefault("localhost:9191");
    assertThat(config.source()).isEqualTo(ConfigLoader.EMBEDDED_SOURCE);
    assertThat(config.global().scrapeIntervalMillis()).isEqualTo(15_000);
    ScrapeConfig self = config.scrapeConfigs().get(0);
    assertThat(self.jobName()).isEqualTo("argus");
    assertThat(self.scrapeIntervalMillis()).isEqualTo(15_000);
    assertThat(((StaticConfig) self.discoveryConfigs().get(0)).targets()).containsExactly("localhost:9191");
  }

  @Test
  void writerPrintsEffectiveConfigAndHidesSecrets() throws Exception {
    String yaml = ConfigYamlWriter.write(ConfigLoader.parse(FULL, "/etc/argus/prometheus.yml"));
    assertThat(yaml)
        .contains("scrape_interval: 30s")
        .contains("evaluation_interval: 1m30s")
        .contains("job_name: node")
        .contains("password: <secret>")
        .doesNotContain("s3cret")
        .contains("out_of_order_time_window: 10m");
    PrometheusConfig reparsed = ConfigLoader.parse(yaml.replace("password: <secret>", "password: x"), "/etc/argus/prometheus.yml");
    assertThat(reparsed.scrapeConfigs()).hasSize(2);
    assertThat(reparsed.global()).isEqualTo(ConfigLoader.parse(FULL, "/etc/argus/prometheus.yml").global());
  }
}
