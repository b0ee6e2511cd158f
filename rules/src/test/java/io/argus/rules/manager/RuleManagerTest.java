package io.argus.rules.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.promql.parser.PromqlParser;
import io.argus.rules.evaluation.AlertingRule;
import io.argus.rules.evaluation.GroupOptions;
import io.argus.rules.evaluation.QueryFunction;
import io.argus.rules.evaluation.RuleGroup;
import io.argus.rules.file.RuleFileException;
import io.argus.rules.unittest.MemoryStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleManagerTest {

  @TempDir Path directory;

  private final MemoryStorage storage = new MemoryStorage();
  private final ManualScheduler scheduler = new ManualScheduler(1_000_000_000_000L);
  private final RuleManager manager =
      new RuleManager(
          GroupOptions.defaults(QueryFunction.of(new Engine(EngineOptions.defaults()), storage), storage, storage, (e, a) -> {}),
          scheduler);

  private void write(String metric, long timeMillis, double value) {
    Appender appender = storage.appender();
    appender.append(0, PromqlParser.parseMetric(metric), timeMillis, value);
    appender.commit();
  }

  private void file(String name, String yaml) throws IOException {
    Files.writeString(directory.resolve(name), yaml);
  }

  private void update() {
    manager.update(List.of("*.rules.yml"), directory, 60_000, Map.of(), "http://localhost:9090");
  }

  private List<double[]> samples(String metric) {
    List<double[]> out = new ArrayList<>();
    try (Querier querier = storage.querier(0, Long.MAX_VALUE / 4)) {
      SeriesSet set = querier.select(true, null, Matcher.equal(Labels.METRIC_NAME, metric));
      while (set.next()) {
        SampleIterator iterator = set.at().iterator(null);
        while (iterator.next()) {
          out.add(new double[] {iterator.timestampMillis(), iterator.value()});
        }
      }
    }
    return out;
  }

  @Test
  void groupsEvaluateOnTheirGridAfterStart() throws IOException {
    file("a.rules.yml", """
        groups:
          - name: fast
            interval: 10s
            rules: [{record: one, expr: vector(1)}]
          - name: slow
            rules: [{record: two, expr: vector(2)}]
        """);
    update();
    scheduler.advanceTo(scheduler.nowMillis() + 120_000);
    assertThat(samples("one")).isEmpty();
    manager.start();
    long start = scheduler.nowMillis();
    scheduler.advanceTo(start + 60_000);
    List<double[]> one = samples("one");
    assertThat(one).hasSizeBetween(5, 6);
    assertThat(one.get(1)[0] - one.get(0)[0]).isEqualTo(10_000);
    RuleGroup fast = manager.groups().getFirst();
    assertThat(Math.floorMod((long) one.get(0)[0] * 1_000_000L, 10_000_000_000L))
        .isEqualTo(fast.offsetNanos() / 1_000_000 * 1_000_000);
    scheduler.advanceTo(start + 120_000);
    assertThat(samples("two")).hasSizeBetween(1, 2);
    assertThat(manager.statistics()).extracting(GroupStatisticsView::name).containsExactly("fast", "slow");
    assertThat(manager.statistics().getFirst().iterationsTotal()).isGreaterThanOrEqualTo(11);
  }

  @Test
  void alertSeriesAreWrittenOnlyAfterTheStartupRestore() throws IOException {
    write("x", scheduler.nowMillis(), 1);
    file("a.rules.yml", """
        groups:
          - name: alerts
            rules: [{alert: X, expr: x > 0}]
        """);
    update();
    manager.start();
    long first = manager.groups().getFirst().evaluationTimestampAtOrBefore(scheduler.nowMillis()) + 60_000;
    scheduler.advanceTo(first);
    assertThat(samples("ALERTS")).isEmpty();
    scheduler.advanceTo(first + 60_000);
    assertThat(samples("ALERTS")).isEmpty();
    write("x", scheduler.nowMillis(), 1);
    scheduler.advanceTo(first + 120_000);
    assertThat(samples("ALERTS")).hasSize(1);
    assertThat(manager.activeAlerts()).singleElement().satisfies(alert -> {
      assertThat(alert.state()).isEqualTo("firing");
      assertThat(alert.value()).isEqualTo("1e+00");
    });
  }

  @Test
  void reloadKeepsUnchangedGroupsAndCarriesStateIntoChangedOnes() throws IOException {
    write("x", scheduler.nowMillis(), 1);
    file("a.rules.yml", """
        groups:
          - name: same
            rules: [{alert: Same, expr: x > 0, for: 10m}]
          - name: changing
            rules: [{alert: Kept, expr: x > 0, for: 10m}]
        """);
    update();
    manager.start();
    scheduler.advanceTo(scheduler.nowMillis() + 61_000);
    RuleGroup same = manager.groups().get(0);
    AlertingRule kept = (AlertingRule) manager.groups().get(1).rules().getFirst();
    long activeAt = kept.activeAlerts().getFirst().activeAtMillis();

    file("a.rules.yml", """
        groups:
          - name: same
            rules: [{alert: Same, expr: x > 0, for: 10m}]
          - name: changing
            rules:
              - {alert: Kept, expr: x > 0, for: 10m}
              - {record: added, expr: vector(1)}
        """);
    update();
    assertThat(manager.groups().get(0)).isSameAs(same);
    AlertingRule carried = (AlertingRule) manager.groups().get(1).rules().getFirst();
    assertThat(carried).isNotSameAs(kept);
    assertThat(carried.activeAlerts()).singleElement()
        .satisfies(alert -> assertThat(alert.activeAtMillis()).isEqualTo(activeAt));
  }

  @Test
  void removedGroupsAreMarkedStaleTwoIntervalsLater() throws IOException {
    file("a.rules.yml", """
        groups:
          - name: gone
            rules: [{record: rec, expr: vector(1)}]
        """);
    update();
    manager.start();
    scheduler.advanceTo(manager.groups().getFirst().evaluationTimestampAtOrBefore(scheduler.nowMillis()) + 60_000);
    assertThat(samples("rec")).hasSize(1);
    scheduler.advanceTo(scheduler.nowMillis() + 1_000);
    file("a.rules.yml", "groups: []\n");
    update();
    long removedAt = scheduler.nowMillis();
    assertThat(manager.groups()).isEmpty();
    scheduler.advanceTo(removedAt + 119_000);
    assertThat(samples("rec")).hasSize(1);
    scheduler.advanceTo(removedAt + 120_000);
    List<double[]> rec = samples("rec");
    assertThat(rec).hasSize(2);
    assertThat(StaleMarker.isStale(rec.get(1)[1])).isTrue();
    assertThat(rec.get(1)[0]).isEqualTo(removedAt);
  }

  @Test
  void anInvalidFileRefusesTheUpdateAndTheRunningGroupsStay() throws IOException {
    file("a.rules.yml", """
        groups:
          - name: good
            rules: [{record: rec, expr: vector(1)}]
        """);
    update();
    file("b.rules.yml", """
        groups:
          - name: bad
            rules:
              - record: rec
                expr: sum(
        """);
    assertThatThrownBy(this::update)
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("b.rules.yml:5:15: group \"bad\", rule 1, \"rec\": could not parse expression");
    assertThat(manager.groups()).extracting(RuleGroup::name).containsExactly("good");
  }

  @Test
  void viewsFilterByTypeNameGroupAndFile() throws IOException {
    file("a.rules.yml", """
        groups:
          - name: g1
            rules:
              - {record: r1, expr: vector(1)}
              - {alert: A1, expr: vector(1), annotations: {summary: hi}}
          - name: g2
            rules: [{record: r2, expr: vector(1)}]
        """);
    update();
    assertThat(manager.ruleGroups(RuleFilter.ALL)).hasSize(2);
    List<RuleGroupView> alerts = manager.ruleGroups(new RuleFilter("alert", Set.of(), Set.of(), Set.of()));
    assertThat(alerts).singleElement().satisfies(group -> {
      assertThat(group.name()).isEqualTo("g1");
      assertThat(group.rules()).singleElement().satisfies(rule -> {
        assertThat(rule.type()).isEqualTo("alerting");
        assertThat(rule.health()).isEqualTo("unknown");
        assertThat(((RuleView.Alerting) rule).state()).isEqualTo("inactive");
      });
    });
    assertThat(manager.ruleGroups(new RuleFilter(null, Set.of("r2"), Set.of(), Set.of())))
        .extracting(RuleGroupView::name).containsExactly("g2");
    assertThat(manager.ruleGroups(new RuleFilter(null, Set.of(), Set.of("g2"), Set.of())))
        .extracting(RuleGroupView::name).containsExactly("g2");
    assertThat(manager.ruleGroups(new RuleFilter(null, Set.of(), Set.of(), Set.of("nope")))).isEmpty();
  }
}
