package io.argus.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.server.ServerOptions;
import io.argus.server.logging.LogFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ArgusCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ArgusCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void defaultsAreThoseOfPrometheus() {
    ServerOptions options = ServerCommandParser.parse();
    assertThat(options.listenAddress().toString()).isEqualTo("0.0.0.0:9090");
    assertThat(options.dataPath()).isEqualTo(Path.of("data/"));
    assertThat(options.configFile()).isEqualTo(Path.of("prometheus.yml"));
    assertThat(options.configFileRequired()).isFalse();
    assertThat(options.retentionTimeMillis()).isEqualTo(15L * 24 * 3600 * 1000);
    assertThat(options.queryTimeoutMillis()).isEqualTo(120_000);
    assertThat(options.queryMaxSamples()).isEqualTo(50_000_000);
    assertThat(options.queryLookbackDeltaMillis()).isEqualTo(300_000);
    assertThat(options.enableLifecycle()).isFalse();
    assertThat(options.logFormat()).isEqualTo(LogFormat.LOGFMT);
    assertThat(options.flags())
        .containsEntry("query.timeout", "2m")
        .containsEntry("web.enable-lifecycle", "false")
        .containsEntry("storage.tsdb.path", "data/")
        .containsEntry("storage.remote.read-sample-limit", "5e7")
        .doesNotContainKey("help");
  }

  @Test
  void acceptsPrometheusFlagSpellings() {
    ServerOptions options = ServerCommandParser.parse("--config.file=/etc/p.yml", "--web.listen-address", ":9191",
        "--storage.tsdb.retention.time=30d", "--storage.tsdb.retention.size=512MB", "--web.enable-lifecycle",
        "--web.enable-admin-api", "--web.enable-remote-write-receiver", "--query.timeout=30s",
        "--query.max-samples=1e6", "--query.lookback-delta=1m", "--log.level=debug", "--log.format=json",
        "--enable-feature=exemplar-storage,memory-snapshot-on-shutdown", "--no-storage.tsdb.use-lockfile");
    assertThat(options.configFile()).isEqualTo(Path.of("/etc/p.yml"));
    assertThat(options.configFileRequired()).isTrue();
    assertThat(options.listenAddress().port()).isEqualTo(9191);
    assertThat(options.listenAddress().host()).isEmpty();
    assertThat(options.retentionTimeMillis()).isEqualTo(30L * 24 * 3600 * 1000);
    assertThat(options.retentionSizeBytes()).isEqualTo(512L << 20);
    assertThat(options.enableLifecycle()).isTrue();
    assertThat(options.enableAdminApi()).isTrue();
    assertThat(options.enableRemoteWriteReceiver()).isTrue();
    assertThat(options.queryTimeoutMillis()).isEqualTo(30_000);
    assertThat(options.queryMaxSamples()).isEqualTo(1_000_000);
    assertThat(options.logFormat()).isEqualTo(LogFormat.JSON);
    assertThat(options.enabledFeatures()).containsExactly("exemplar-storage", "memory-snapshot-on-shutdown");
    assertThat(options.flags())
        .containsEntry("web.enable-lifecycle", "true")
        .containsEntry("storage.tsdb.use-lockfile", "false")
        .containsEntry("query.timeout", "30s");
  }

  @Test
  void aSizeLimitAloneMeansNoTimeLimit() {
    assertThat(ServerCommandParser.parse("--storage.tsdb.retention.size=1GB").retentionTimeMillis()).isZero();
    assertThat(ServerCommandParser.parse("--storage.tsdb.retention=7d").retentionTimeMillis())
        .isEqualTo(7L * 24 * 3600 * 1000);
  }

  @Test
  void badValuesNameTheFlag() {
    assertThatThrownBy(() -> ServerCommandParser.parse("--query.timeout=soon"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--query.timeout")
        .hasMessageContaining("not a valid duration string: \"soon\"");
    assertThatThrownBy(() -> ServerCommandParser.parse("--web.listen-address=localhost"))
        .hasMessageContaining("--web.listen-address").hasMessageContaining("missing port");
    assertThatThrownBy(() -> ServerCommandParser.parse("--storage.tsdb.retention.size=12XB"))
        .hasMessageContaining("--storage.tsdb.retention.size");
  }

  @Test
  void unknownFlagExitsOneNamingIt() {
    assertThat(run("--web.listen-adress=:9090")).isEqualTo(1);
    assertThat(err.toString()).contains("--web.listen-adress").startsWith("argus: error:");
  }

  @Test
  void badValueExitsOneNamingTheFlag() {
    assertThat(run("--log.level=verbose")).isEqualTo(1);
    assertThat(err.toString()).contains("--log.level").contains("verbose");
  }

  @Test
  void unsupportedWebConfigIsRefusedByName() {
    assertThat(run("--web.config.file=web.yml")).isEqualTo(1);
    assertThat(err.toString()).contains("--web.config.file");
  }

  @Test
  void printsVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("argus, version ");
  }

  @Test
  void serverIsTheDefaultSubCommand() {
    assertThat(ArgusCommand.withDefaultSubCommand(new String[] {"--config.file=x"}))
        .containsExactly("server", "--config.file=x");
    assertThat(ArgusCommand.withDefaultSubCommand(new String[] {})).containsExactly("server");
    assertThat(ArgusCommand.withDefaultSubCommand(new String[] {"check", "config", "x"}))
        .containsExactly("check", "config", "x");
  }

  @Test
  void checkConfigAcceptsValidAndRejectsBrokenFiles(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yml");
    Files.writeString(good, "global:\n  scrape_interval: 15s\nrule_files: [\"rules/*.yml\"]\n");
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/a.yml"), "groups:\n  - name: g\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n");
    Path bad = dir.resolve("bad.yml");
    Files.writeString(bad, "global:\n  scrape_intervall: 15s\n");

    assertThat(run("check", "config", good.toString())).isZero();
    assertThat(out.toString())
        .contains("Checking " + good)
        .contains("  SUCCESS: 1 rule files found")
        .contains(" SUCCESS: " + good + " is valid prometheus config file syntax")
        .contains("Checking " + dir.resolve("rules/a.yml"))
        .contains("  SUCCESS: 1 rules found");

    assertThat(run("check", "config", bad.toString(), good.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("  FAILED: " + bad + ":2:3: unknown field \"scrape_intervall\" in global");
  }

  @Test
  void checkRulesAndTestRulesWorkLikePromtool(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.yml");
    Files.writeString(rules, """
        groups:
          - name: g
            rules:
              - alert: InstanceDown
                expr: up == 0
                for: 1m
                labels:
                  severity: page
        """);
    assertThat(run("check", "rules", rules.toString())).isZero();
    assertThat(out.toString()).contains("Checking " + rules).contains("  SUCCESS: 1 rules found");

    Path broken = dir.resolve("broken.yml");
    Files.writeString(broken, "groups:\n  - name: g\n    rules:\n      - record: x\n        expr: sum(\n");
    assertThat(run("check", "rules", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("FAILED:").contains("broken.yml:5:");

    Path tests = dir.resolve("tests.yml");
    Files.writeString(tests, """
        rule_files: [rules.yml]
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: 'up{job="api", instance="a"}'
                values: '1 1 0 0 0'
            alert_rule_test:
              - eval_time: 4m
                alertname: InstanceDown
                exp_alerts:
                  - exp_labels: {severity: page, job: api, instance: a}
        """);
    assertThat(run("test", "rules", tests.toString())).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("SUCCESS");

    Files.writeString(tests, Files.readString(tests).replace("severity: page,", "severity: ticket,"));
    assertThat(run("test", "rules", tests.toString())).isEqualTo(1);
    assertThat(err.toString() + out).contains("FAILED");
  }

  @Test
  void checkConfigReportsMissingFiles(@TempDir Path dir) {
    assertThat(run("check", "config", dir.resolve("nope.yml").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nope.yml: cannot read configuration: no such file");
  }
}
