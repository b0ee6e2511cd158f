package io.argus.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.rules.file.RuleFileLoader;
import io.argus.rules.file.RuleGroupConfig;
import io.argus.rules.unittest.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleGroupTest {

  private final MemoryStorage storage = new MemoryStorage();
  private final List<AlertSnapshot> sent = new ArrayList<>();
  private final QueryFunction query = QueryFunction.of(new Engine(EngineOptions.defaults()), storage);
  private final GroupOptions options =
      GroupOptions.defaults(query, storage, storage, (expr, alerts) -> sent.addAll(alerts))
          .withExternal(Map.of("cluster", "eu1"), "http://argus.example:9090/prefix");

  private void write(String metric, long timeMillis, double value) {
    Appender appender = storage.appender();
    appender.append(0, io.argus.promql.parser.PromqlParser.parseMetric(metric), timeMillis, value);
    appender.commit();
  }

  private RuleGroup group(String yaml) {
    RuleGroupConfig config = RuleFileLoader.parse(yaml, "rules.yml").groups().getFirst();
    return new RuleGroup(config, options, true, () -> 0L);
  }

  private List<double[]> samples(String selectorName, Labels labels) {
    List<double[]> out = new ArrayList<>();
    try (Querier querier = storage.querier(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4)) {
      SeriesSet set = querier.select(true, null, Matcher.equal(Labels.METRIC_NAME, selectorName));
      while (set.next()) {
        if (labels == null || set.at().labels().equals(labels)) {
          SampleIterator iterator = set.at().iterator(null);
          while (iterator.next()) {
            out.add(new double[] {iterator.timestampMillis(), iterator.value()});
          }
        }
      }
    }
    return out;
  }

  @Test
  void recordingRulesRenameSetLabelsAndFeedTheNextRule() {
    write("http_requests{job=\"api\", code=\"500\"}", 0, 5);
    write("http_requests{job=\"api\", code=\"200\"}", 0, 95);
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - record: job:requests:sum
                expr: sum by (job) (http_requests)
                labels: {team: web}
              - record: job:requests:doubled
                expr: job:requests:sum * 2
        """);
    group.evaluate(60_000);
    Labels sum = Labels.of("__name__", "job:requests:sum", "job", "api", "team", "web");
    assertThat(samples("job:requests:sum", sum)).containsExactly(new double[] {60_000, 100});
    assertThat(samples("job:requests:doubled", null)).containsExactly(new double[] {60_000, 200});
    assertThat(group.rules()).allSatisfy(rule -> assertThat(rule.status().health()).isEqualTo(RuleHealth.GOOD));
  }

  @Test
  void seriesThatDisappearGetAStalenessMarker() {
    write("up{job=\"a\"}", 0, 1);
    write("up{job=\"b\"}", 0, 1);
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - record: job:up
                expr: up
        """);
    group.evaluate(60_000);
    write("up{job=\"a\"}", 400_000, 1);
    group.evaluate(400_000);
    List<double[]> b = samples("job:up", Labels.of("__name__", "job:up", "job", "b"));
    assertThat(b).hasSize(2);
    assertThat(b.get(1)[0]).isEqualTo(400_000);
    assertThat(StaleMarker.isStale(b.get(1)[1])).isTrue();
    assertThat(samples("job:up", Labels.of("__name__", "job:up", "job", "a"))).hasSize(2)
        .allSatisfy(sample -> assertThat(sample[1]).isEqualTo(1));
  }

  @Test
  void alertGoesPendingThenFiringThenResolvedAndIsKeptFifteenMinutes() {
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - alert: HighErrors
                expr: errors > 1
                for: 2m
                labels: {severity: page}
                annotations:
                  summary: "{{ $labels.job }} has {{ $value }} errors in {{ $externalLabels.cluster }}"
        """);
    AlertingRule rule = (AlertingRule) group.rules().getFirst();
    for (long t = 0; t <= 180_000; t += 60_000) {
      write("errors{job=\"api\"}", t, 5);
    }
    group.evaluate(0);
    assertThat(rule.activeAlerts()).singleElement().satisfies(alert -> {
      assertThat(alert.state()).isEqualTo(AlertState.PENDING);
      assertThat(alert.labels()).isEqualTo(Labels.of("alertname", "HighErrors", "job", "api", "severity", "page"));
      assertThat(alert.annotations().get("summary")).isEqualTo("api has 5 errors in eu1");
    });
    assertThat(sent).isEmpty();
    group.evaluate(60_000);
    assertThat(rule.state()).isEqualTo(AlertState.PENDING);
    group.evaluate(120_000);
    assertThat(rule.state()).isEqualTo(AlertState.FIRING);
    assertThat(sent).singleElement().satisfies(alert -> {
      assertThat(alert.firedAtMillis()).isEqualTo(120_000);
      assertThat(alert.validUntilMillis()).isEqualTo(120_000 + 4 * 60_000);
    });
    Labels alerts = Labels.of("__name__", "ALERTS", "alertname", "HighErrors", "alertstate", "firing", "job", "api", "severity", "page");
    assertThat(samples("ALERTS", alerts)).containsExactly(new double[] {120_000, 1});
    assertThat(samples("ALERTS_FOR_STATE", null)).extracting(sample -> sample[1]).containsOnly(0.0);

    write("errors{job=\"api\"}", 240_000, 0);
    group.evaluate(240_000);
    assertThat(rule.activeAlerts()).isEmpty();
    assertThat(rule.allAlerts()).singleElement().satisfies(alert -> {
      assertThat(alert.resolved()).isTrue();
      assertThat(alert.resolvedAtMillis()).isEqualTo(240_000);
    });
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).resolvedAtMillis()).isEqualTo(240_000);
    List<double[]> firing = samples("ALERTS", alerts);
    assertThat(StaleMarker.isStale(firing.getLast()[1])).isTrue();

    group.evaluate(240_000 + 15 * 60_000);
    assertThat(rule.allAlerts()).hasSize(1);
    group.evaluate(240_000 + 16 * 60_000);
    assertThat(rule.allAlerts()).isEmpty();
  }

  @Test
  void keepFiringForHoldsAFiringAlert() {
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - alert: Flapping
                expr: signal > 0
                keep_firing_for: 3m
        """);
    AlertingRule rule = (AlertingRule) group.rules().getFirst();
    write("signal", 0, 1);
    group.evaluate(0);
    assertThat(rule.state()).isEqualTo(AlertState.FIRING);
    write("signal", 60_000, 0);
    group.evaluate(60_000);
    group.evaluate(180_000);
    assertThat(rule.activeAlerts()).singleElement().satisfies(alert -> {
      assertThat(alert.state()).isEqualTo(AlertState.FIRING);
      assertThat(alert.keepFiringSinceMillis()).isEqualTo(60_000);
    });
    group.evaluate(240_000);
    assertThat(rule.activeAlerts()).isEmpty();
  }

  @Test
  void aFailingRuleRecordsItsErrorAndTheOthersRun() {
    write("a{x=\"1\"}", 0, 1);
    write("a{x=\"2\"}", 0, 1);
    RuleGroup group = group("""
        groups:
          - name: g
            limit: 1
            rules:
              - record: broken
                expr: a
              - record: fine
                expr: sum(a)
        """);
    group.evaluate(0);
    assertThat(group.rules().get(0).status().health()).isEqualTo(RuleHealth.BAD);
    assertThat(group.rules().get(0).status().lastError()).isEqualTo("exceeded limit of 1 with 2 series");
    assertThat(group.rules().get(1).status().health()).isEqualTo(RuleHealth.GOOD);
    assertThat(group.statistics().failures()).isEqualTo(1);
    assertThat(group.statistics().evaluations()).isEqualTo(2);
  }

  @Test
  void templateErrorsBecomeTheAnnotationText() {
    write("x", 0, 1);
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - alert: T
                expr: x
                annotations:
                  bad: "{{ index $labels 1 }}"
                  human: "{{ 1234567.0 | humanize }} {{ humanizeDuration 3661 }} {{ humanizePercentage 0.1234 }}"
        """);
    group.evaluate(0);
    AlertSnapshot alert = ((AlertingRule) group.rules().getFirst()).activeAlerts().getFirst();
    assertThat(alert.annotations().get("bad")).startsWith(
        "<error expanding template: error executing template __alert_T: template: __alert_T:1:")
        .contains("error calling index");
    assertThat(alert.annotations().get("human")).isEqualTo("1.235M 1h 1m 1s 12.34%");
  }

  @Test
  void theQueryTemplateFunctionRunsAtTheEvaluationTime() {
    write("x", 0, 1);
    write("up{instance=\"b\"}", 0, 0);
    write("up{instance=\"a\"}", 0, 1);
    RuleGroup group = group("""
        groups:
          - name: g
            rules:
              - alert: Q
                expr: x
                annotations:
                  list: "{{ range query \\"up\\" | sortByLabel \\"instance\\" }}{{ .Labels.instance }}={{ .Value }};{{ end }}"
                  first: "{{ with query \\"up == 0\\" }}{{ . | first | label \\"instance\\" }}{{ end }}"
        """);
    group.evaluate(0);
    AlertSnapshot alert = ((AlertingRule) group.rules().getFirst()).activeAlerts().getFirst();
    assertThat(alert.annotations().get("list")).isEqualTo("a=1;b=0;");
    assertThat(alert.annotations().get("first")).isEqualTo("b");
  }

  @Test
  void restoresForStateAfterARestart() {
    String yaml = """
        groups:
          - name: g
            rules:
              - alert: Slow
                expr: latency > 1
                for: 30m
        """;
    for (long t = 0; t <= 3_600_000; t += 60_000) {
      write("latency", t, 2);
    }
    RuleGroup before = group(yaml);
    for (long t = 0; t <= 20 * 60_000; t += 60_000) {
      before.evaluate(t);
    }
    // Down from minute 20 to minute 25; the new process evaluates at 25 and 26, then restores.
    RuleGroupConfig config = before.config();
    RuleGroup after = new RuleGroup(config, options, false, () -> 0L);
    after.evaluate(25 * 60_000);
    after.evaluate(26 * 60_000);
    after.restoreForState(26 * 60_000);
    AlertSnapshot alert = ((AlertingRule) after.rules().getFirst()).activeAlerts().getFirst();
    // Active since 0, down at 20m, restored at 26m: the 6 minutes of outage are added.
    assertThat(alert.activeAtMillis()).isEqualTo(6 * 60_000);
    after.evaluate(35 * 60_000);
    assertThat(((AlertingRule) after.rules().getFirst()).state()).isEqualTo(AlertState.PENDING);
    after.evaluate(36 * 60_000);
    assertThat(((AlertingRule) after.rules().getFirst()).state()).isEqualTo(AlertState.FIRING);
  }

  @Test
  void groupOffsetIsStableAndWithinTheInterval() {
    RuleGroup group = group("""
        groups:
          - name: g
            interval: 30s
            rules: [{record: r, expr: "1"}]
        """);
    long offset = group.offsetNanos();
    assertThat(offset).isBetween(0L, 30_000_000_000L - 1);
    assertThat(group(group.config().toString().isEmpty() ? "" : """
        groups:
          - name: g
            interval: 30s
            rules: [{record: r, expr: "1"}]
        """).offsetNanos()).isEqualTo(offset);
    long evaluation = group.evaluationTimestampAtOrBefore(1_000_000);
    assertThat(evaluation).isLessThanOrEqualTo(1_000_000).isGreaterThan(1_000_000 - 30_000);
    assertThat(Math.floorMod(evaluation * 1_000_000L, 30_000_000_000L)).isEqualTo(offset / 1_000_000 * 1_000_000);
  }

  /** Offsets observed from Prometheus 2.42 evaluating groups of a file named bench-rules.yml. */
  @Test
  void groupOffsetsMatchPrometheus() {
    Map<String, Long> observed = Map.of("group_0", 16_671_342_968L, "group_1", 40_727_578_017L, "group_9", 6_834_347_320L);
    observed.forEach((name, offsetNanos) -> {
      RuleGroupConfig config = new RuleGroupConfig(name, "bench-rules.yml", 60_000, null, 0, Map.of(), List.of());
      assertThat(new RuleGroup(config, options, true, () -> 0L).offsetNanos()).isEqualTo(offsetNanos);
    });
  }
}
