package io.argus.scrape.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetBuilderTest {

  private static TargetOutcome only(ScrapeConfig config, Labels target, Labels groupLabels) {
    List<TargetOutcome> outcomes =
        new TargetBuilder(config).fromGroup(new TargetGroup("test:0", List.of(target), groupLabels));
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  @Test
  void fillsInPrometheusDefaultsAndDropsMetaLabels() {
    ScrapeConfig config = ScrapeConfig.builder("node").scrapeIntervalMillis(15_000).param("module", "a", "b").build();
    TargetOutcome outcome = only(config,
        Labels.of("__address__", "localhost", "__meta_filepath", "/x.json"), Labels.of("env", "prod"));

    Target target = ((TargetOutcome.Active) outcome).target();
    assertThat(target.labels()).isEqualTo(Labels.of(
        "__address__", "localhost:80", "__metrics_path__", "/metrics", "__param_module", "a",
        "__scheme__", "http", "__scrape_interval__", "15s", "__scrape_timeout__", "10s",
        "env", "prod", "instance", "localhost:80", "job", "node"));
    assertThat(target.publicLabels()).isEqualTo(Labels.of("env", "prod", "instance", "localhost:80", "job", "node"));
    assertThat(target.discoveredLabels().get("__meta_filepath")).isEqualTo("/x.json");
    assertThat(target.url().toString()).isEqualTo("http://localhost:80/metrics?module=a&module=b");
    assertThat(target.intervalMillis()).isEqualTo(15_000);
    assertThat(target.timeoutMillis()).isEqualTo(10_000);
  }

  @Test
  void relabelingSteersTheScrape() {
    ScrapeConfig config = ScrapeConfig.builder("blackbox")
        .relabelConfig(RelabelConfig.builder().sourceLabels("__address__").targetLabel("__param_target").build())
        .relabelConfig(RelabelConfig.builder().sourceLabels("__param_target").targetLabel("instance").build())
        .relabelConfig(RelabelConfig.builder().targetLabel("__address__").replacement("127.0.0.1:9115").build())
        .relabelConfig(RelabelConfig.builder().targetLabel("__metrics_path__").replacement("/probe").build())
        .relabelConfig(RelabelConfig.builder().targetLabel("__scheme__").replacement("https").build())
        .relabelConfig(RelabelConfig.builder().targetLabel("__scrape_interval__").replacement("30s").build())
        .build();
    Target target = ((TargetOutcome.Active) only(config, Labels.of("__address__", "http://a b/?x=1&y"),
        Labels.empty())).target();
    assertThat(target.url().toString())
        .isEqualTo("https://127.0.0.1:9115/probe?target=http%3A%2F%2Fa+b%2F%3Fx%3D1%26y");
    assertThat(target.publicLabels().get("instance")).isEqualTo("http://a b/?x=1&y");
    assertThat(target.intervalMillis()).isEqualTo(30_000);
  }

  @Test
  void targetLabelsOverrideGroupLabels() {
    Target target = ((TargetOutcome.Active) only(ScrapeConfig.builder("j").build(),
        Labels.of("__address__", "h:1", "env", "dev", "job", "mine"), Labels.of("env", "prod", "team", "a")))
        .target();
    assertThat(target.publicLabels()).isEqualTo(Labels.of("env", "dev", "instance", "h:1", "job", "mine", "team", "a"));
  }

  @Test
  void reportsDroppedTargetsWithTheirDiscoveredLabels() {
    ScrapeConfig config = ScrapeConfig.builder("j")
        .relabelConfig(RelabelConfig.builder().action(RelabelAction.DROP).sourceLabels("__address__")
            .regex("h:.*").build())
        .build();
    TargetOutcome outcome = only(config, Labels.of("__address__", "h:1"), Labels.empty());
    assertThat(outcome).isInstanceOf(TargetOutcome.Dropped.class);
    assertThat(outcome.discoveredLabels().get("job")).isEqualTo("j");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      __address__ |                 | no address
      __address__ | a/b:80          | "a/b:80" is not a valid hostname
      __scrape_interval__ | 1x      | error parsing scrape interval: not a valid duration string: "1x"
      __scrape_interval__ | 0       | scrape interval cannot be 0
      __scrape_timeout__ | 0       | scrape timeout cannot be 0
      __scrape_timeout__ | 2m      | scrape timeout cannot be greater than scrape interval ("2m" > "1m")
      """)
  void refusesUnusableTargetsWithPrometheusMessages(String label, String value, String error) {
    ScrapeConfig config = ScrapeConfig.builder("j")
        .relabelConfig(RelabelConfig.builder().targetLabel(label).replacement(value == null ? "" : value).build())
        .build();
    TargetOutcome outcome = only(config, Labels.of("__address__", "h:1"), Labels.empty());
    assertThat(outcome).isEqualTo(new TargetOutcome.Invalid(outcome.discoveredLabels(), error));
  }

  @ParameterizedTest
  @CsvSource({"host, true", "host:80, false", "[::1], true", "[::1]:9100, false", "::1, false", "1.2.3.4, true",
      "a:b:c, false", "host:, false"})
  void addsAPortOnlyWhereGoWould(String address, boolean needsPort) {
    assertThat(TargetBuilder.needsPort(address)).isEqualTo(needsPort);
  }

  @Test
  void defaultsTheHttpsPort() {
    Target target = ((TargetOutcome.Active) only(ScrapeConfig.builder("j").scheme("https").build(),
        Labels.of("__address__", "[::1]"), Labels.empty())).target();
    assertThat(target.url().toString()).isEqualTo("https://[::1]:443/metrics");
  }
}
