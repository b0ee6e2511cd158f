package io.argus.alertmanager.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import io.argus.core.label.Matcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertmanagerConfigLoaderTest {

  static final String FULL = """
      global:
        resolve_timeout: 10m
        smtp_smarthost: 'localhost:25'
        smtp_from: 'am@example.org'
      templates:
        - '/etc/alertmanager/*.tmpl'
      route:
        receiver: default
        group_by: [alertname, cluster]
        group_wait: 10s
        routes:
          - matchers:
              - severity="critical"
              - team=~"db|infra"
            receiver: pager
            continue: true
            repeat_interval: 1h
            mute_time_intervals: [weekends]
          - match:
              service: api
            match_re:
              env: prod|staging
            group_by: ['...']
            active_time_intervals: [office]
      inhibit_rules:
        - source_matchers: [severity="critical"]
          target_match:
            severity: warning
          equal: [alertname, cluster]
      receivers:
        - name: default
        - name: pager
          webhook_configs:
            - url: http://localhost:5001/hook
              max_alerts: 5
              http_config:
                basic_auth: {username: u, password: p}
            - url_file: /run/secrets/url
              send_resolved: false
      mute_time_intervals:
        - name: weekends
          time_intervals:
            - weekdays: ['saturday', 'sunday']
      time_intervals:
        - name: office
          time_intervals:
            - times: [{start_time: '09:00', end_time: '17:00'}]
              weekdays: ['monday:friday']
              location: Europe/Berlin
      """;

  @Test
  void loadsEverySectionWithDefaults() {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse(FULL, "am.yml");

    assertThat(config.global().resolveTimeoutMillis()).isEqualTo(600_000L);
    assertThat(config.global().smtpHello()).isEqualTo("localhost");
    assertThat(config.global().smtpRequireTls()).isTrue();
    assertThat(config.templates()).containsExactly("/etc/alertmanager/*.tmpl");

    RouteConfig root = config.route();
    assertThat(root.receiver()).isEqualTo("default");
    assertThat(root.groupBy()).containsExactly("alertname", "cluster");
    assertThat(root.groupWaitMillis()).isEqualTo(10_000L);
    assertThat(root.groupIntervalMillis()).isNull();
    assertThat(root.routes()).hasSize(2);

    RouteConfig pager = root.routes().get(0);
    assertThat(pager.matchers().matchers()).containsExactly(
        Matcher.equal("severity", "critical"), Matcher.regex("team", "db|infra"));
    assertThat(pager.continueMatching()).isTrue();
    assertThat(pager.repeatIntervalMillis()).isEqualTo(3_600_000L);
    assertThat(pager.muteTimeIntervals()).containsExactly("weekends");
    assertThat(pager.position()).isEqualTo(new ConfigPosition("am.yml", 12, 7));

    RouteConfig api = root.routes().get(1);
    assertThat(api.matchers().toString()).isEqualTo("{env=~\"prod|staging\",service=\"api\"}");
    assertThat(api.groupBy()).containsExactly("...");
    assertThat(api.receiver()).isNull();

    InhibitRuleConfig rule = config.inhibitRules().getFirst();
    assertThat(rule.sourceMatchers().matchers()).containsExactly(Matcher.equal("severity", "critical"));
    assertThat(rule.targetMatchers().matchers()).containsExactly(Matcher.equal("severity", "warning"));
    assertThat(rule.equal()).containsExactly("alertname", "cluster");

    ReceiverConfig receiver = config.receiver("pager");
    assertThat(receiver.webhookConfigs()).hasSize(2);
    WebhookConfig first = receiver.webhookConfigs().get(0);
    assertThat(first.url()).isEqualTo("http://localhost:5001/hook");
    assertThat(first.sendResolved()).isTrue();
    assertThat(first.maxAlerts()).isEqualTo(5);
    assertThat(first.httpConfig().basicAuthUsername()).isEqualTo("u");
    assertThat(receiver.webhookConfigs().get(1).sendResolved()).isFalse();
    assertThat(receiver.webhookConfigs().get(1).urlFile()).isEqualTo("/run/secrets/url");
    assertThat(config.receiver("default").integrationCount()).isZero();

    assertThat(config.timeIntervals()).extracting(NamedTimeInterval::name)
        .containsExactly("weekends", "office");
    NamedTimeInterval office = config.timeIntervals().get(1);
    assertThat(office.contains(Instant.parse("2026-11-23T08:30:00Z"))).isTrue(); // Mon 09:30 Berlin
    assertThat(office.contains(Instant.parse("2026-11-23T07:30:00Z"))).isFalse();
  }

  @Test
  void minimalConfigGetsAlertmanagerDefaults() {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse(
        "route: {receiver: r}\nreceivers: [{name: r}]\n", "am.yml");
    assertThat(config.global()).isEqualTo(GlobalConfig.defaults());
    assertThat(config.global().resolveTimeoutMillis()).isEqualTo(300_000L);
    assertThat(config.route().groupBy()).isNull();
  }

  @Test
  void loadsFromFileAndNamesItInErrors(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("alertmanager.yml");
    Files.writeString(file, "route:\n  receiver: r\n  bogus: 1\nreceivers: [{name: r}]\n");
    assertThatThrownBy(() -> AlertmanagerConfigLoader.load(file))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(file + ":3:3: field bogus not found in a route");
  }

  static Object[][] invalidConfigs() {
    String receivers = "receivers: [{name: r}]\n";
    return new Object[][] {
      {"route: {receiver: r}\nreceivers: [{name: r}]\nbogus: 1\n", "3:1: field bogus not found in the configuration"},
      {receivers, "no route provided in config"},
      {"route: {group_by: [a]}\n" + receivers, "1:8: root route must specify a default receiver"},
      {"route: {receiver: nope}\n" + receivers, "undefined receiver \"nope\" used in route"},
      {"route:\n  receiver: r\n  routes:\n    - receiver: x\n" + receivers, "4:7: undefined receiver \"x\" used in route"},
      {"route: {receiver: r, matchers: [a=b]}\n" + receivers, "root route must not have any matchers"},
      {"route: {receiver: r, group_wait: 5x}\n" + receivers, "1:34: not a valid duration string: \"5x\""},
      {"route: {receiver: r, group_interval: 0s}\n" + receivers, "group_interval cannot be zero"},
      {"route: {receiver: r, repeat_interval: 0}\n" + receivers, "repeat_interval cannot be zero"},
      {"route: {receiver: r, group_by: ['...', a]}\n" + receivers, "cannot have wildcard group_by"},
      {"route: {receiver: r, group_by: [a, a]}\n" + receivers, "duplicated label \"a\" in group_by"},
      {"route: {receiver: r, group_by: [a-b]}\n" + receivers, "invalid label name \"a-b\" in group_by list"},
      {"route:\n  receiver: r\n  routes:\n    - matchers: ['a=\"b']\n" + receivers, "4:18: matcher value contains unescaped double quote"},
      {"route:\n  receiver: r\n  routes:\n    - match_re: {a: '('}\n" + receivers, "invalid regular expression for a"},
      {"route:\n  receiver: r\n  routes:\n    - match: {'a-b': x}\n" + receivers, "invalid label name \"a-b\""},
      {"route:\n  receiver: r\n  routes:\n    - mute_time_intervals: [nope]\n" + receivers, "undefined time interval \"nope\" used in route"},
      {"route: {receiver: r}\nreceivers: [{name: r}, {name: r}]\n", "notification config name \"r\" is not unique"},
      {"route: {receiver: r}\nreceivers: [{webhook_configs: []}]\n", "missing name in receiver"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    slack_configs: []\n", "4:20: receiver \"r\": slack_configs is not supported by Argus yet"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{}]\n", "one of url or url_file must be configured"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{url: 'ftp://x/'}]\n", "unsupported scheme \"ftp\""},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{url: 'http://x/', max_alerts: -1}]\n", "max_alerts must not be negative"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{url: 'http://x/', http_config: {tls_config: {}}}]\n", "http_config.tls_config is not supported by Argus yet"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{url: 'http://x/', http_config: {basic_auth: {username: a}, bearer_token: t}}]\n", "at most one of basic_auth, authorization"},
      {"route: {receiver: r}\nglobal: {resolve_timeout: 1h, smtp_nope: x}\n" + receivers, "field smtp_nope not found in global"},
      {"route: {receiver: r}\n" + receivers + "time_intervals:\n  - name: t\n    time_intervals: [{weekdays: [funday]}]\n", "invalid weekday: funday"},
      {"route: {receiver: r}\n" + receivers + "time_intervals:\n  - name: t\n    time_intervals: [{times: [{start_time: '10:00', end_time: '09:00'}]}]\n", "must be before end time"},
      {"route: {receiver: r}\n" + receivers + "time_intervals:\n  - name: t\n    time_intervals: [{days_of_month: ['0']}]\n", "days of month must be between"},
      {"route: {receiver: r}\n" + receivers + "time_intervals:\n  - name: t\n    time_intervals: [{location: Mars/Base}]\n", "unknown time zone location \"Mars/Base\""},
      {"route: {receiver: r}\n" + receivers + "time_intervals:\n  - {name: t}\n  - {name: t}\n", "time interval \"t\" is not unique"},
      {"route: {receiver: r}\nroute: {receiver: r}\n" + receivers, "key \"route\" appears more than once"},
      {"route: {receiver: r\n", "invalid YAML"},
      {"route: [a]\n" + receivers, "1:8: expected a route to be a mapping, found a list"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{to: a@b, smarthost: 'h:25'}]\n", "4:21: no global SMTP from set"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{to: a@b, from: c@d}]\n", "no global SMTP smarthost set"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{from: c@d, smarthost: 'h:25'}]\n", "missing to address in email config"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{to: a@b, from: c@d, smarthost: h}]\n", "expected host:port for the smarthost"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{to: a@b, from: c@d, smarthost: 'h:25', html: '{{ template \"x\" . }}'}]\n", "email_configs.html is not supported by Argus yet"},
      {"route: {receiver: r}\nreceivers:\n  - name: r\n    email_configs: [{to: a@b, from: c@d, smarthost: 'h:25', headers: {Subject: '{{ .Status }}'}}]\n", "header Subject uses a Go template"},
    };
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidConfigs")
  void rejectsInvalidConfigWithPosition(String yaml, String expectedMessage) {
    assertThatThrownBy(() -> AlertmanagerConfigLoader.parse(yaml, "am.yml"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("am.yml:")
        .hasMessageContaining(expectedMessage);
  }

  @Test
  void bearerTokenBecomesAuthorizationHeaderConfig() {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse("""
        route: {receiver: r}
        receivers:
          - name: r
            webhook_configs: [{url: 'http://x/', http_config: {bearer_token: secret, follow_redirects: false}}]
        """, "am.yml");
    HttpClientConfig http = config.receiver("r").webhookConfigs().getFirst().httpConfig();
    assertThat(http.authorizationType()).isEqualTo("Bearer");
    assertThat(http.authorizationCredentials()).isEqualTo("secret");
    assertThat(http.followRedirects()).isFalse();
  }

  @Test
  void receiverWithoutHttpConfigInheritsTheGlobalOne() {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse("""
        global:
          http_config: {authorization: {credentials: abc}}
        route: {receiver: r}
        receivers:
          - name: r
            webhook_configs: [{url: 'http://x/'}]
        """, "am.yml");
    HttpClientConfig http = config.receiver("r").webhookConfigs().getFirst().httpConfig();
    assertThat(http.authorizationType()).isEqualTo("Bearer");
    assertThat(http.authorizationCredentials()).isEqualTo("abc");
  }

  @Test
  void emailConfigTakesDefaultsFromGlobal() {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse("""
        global:
          smtp_from: am@example.org
          smtp_smarthost: 'mail.example.org:587'
          smtp_auth_username: am
          smtp_auth_password_file: /run/secrets/smtp
          smtp_require_tls: false
        route: {receiver: r}
        receivers:
          - name: r
            email_configs:
              - to: 'a@example.org, b@example.org'
                headers: {X-Team: ops}
              - {to: c@example.org, from: other@example.org, auth_password: pw, send_resolved: true, require_tls: true}
        """, "am.yml");
    EmailConfig first = config.receiver("r").emailConfigs().get(0);
    assertThat(first.to()).containsExactly("a@example.org", "b@example.org");
    assertThat(first.from()).isEqualTo("am@example.org");
    assertThat(first.smarthostHost()).isEqualTo("mail.example.org");
    assertThat(first.smarthostPort()).isEqualTo(587);
    assertThat(first.hello()).isEqualTo("localhost");
    assertThat(first.authUsername()).isEqualTo("am");
    assertThat(first.authPasswordFile()).isEqualTo("/run/secrets/smtp");
    assertThat(first.requireTls()).isFalse();
    assertThat(first.sendResolved()).isFalse();
    assertThat(first.headers()).containsEntry("X-Team", "ops");
    EmailConfig second = config.receiver("r").emailConfigs().get(1);
    assertThat(second.from()).isEqualTo("other@example.org");
    assertThat(second.authPassword()).isEqualTo("pw");
    assertThat(second.authPasswordFile()).isEmpty();
    assertThat(second.sendResolved()).isTrue();
    assertThat(second.requireTls()).isTrue();
    assertThat(config.receiver("r").integrationCount()).isEqualTo(2);
  }

  @Test
  void embeddedConfigReportsLinesOfTheEnclosingFile() {
    String argusYaml = """
        global:
          scrape_interval: 15s
        alertmanager:
          route: {receiver: r}
          receivers:
            - name: r
              webhook_configs: [{url: 'http://x/', bogus: 1}]
        """;
    org.snakeyaml.engine.v2.nodes.MappingNode document = (org.snakeyaml.engine.v2.nodes.MappingNode)
        new org.snakeyaml.engine.v2.api.lowlevel.Compose(
            org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).composeString(argusYaml).orElseThrow();
    org.snakeyaml.engine.v2.nodes.Node embedded = document.getValue().get(1).getValueNode();
    assertThatThrownBy(() -> AlertmanagerConfigLoader.fromNode(embedded, "argus.yml"))
        .hasMessageStartingWith("argus.yml:7:44: field bogus not found in a webhook config");
    String valid = argusYaml.replace(", bogus: 1", "");
    org.snakeyaml.engine.v2.nodes.MappingNode validDocument = (org.snakeyaml.engine.v2.nodes.MappingNode)
        new org.snakeyaml.engine.v2.api.lowlevel.Compose(
            org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).composeString(valid).orElseThrow();
    AlertmanagerConfig config =
        AlertmanagerConfigLoader.fromNode(validDocument.getValue().get(1).getValueNode(), "argus.yml");
    assertThat(config.receiver("r").webhookConfigs()).hasSize(1);
  }
}
