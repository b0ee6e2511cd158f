package io.argus.alertmanager.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import io.argus.core.label.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTest {

  private static final Route TREE = Route.tree(AlertmanagerConfigLoader.parse("""
      route:
        receiver: default
        group_by: [alertname]
        group_wait: 10s
        routes:
          - matchers: [team="db"]
            receiver: db
            continue: true
            group_by: [cluster]
            routes:
              - matchers: [severity="critical"]
                receiver: db-pager
                group_interval: 1m
          - matchers: [team=~"db|web"]
            receiver: web
            group_by: ['...']
            mute_time_intervals: [never]
          - matchers: [team="ops"]
            receiver: ops
          - matchers: [team="ops"]
            receiver: ops-second
      receivers: [{name: default}, {name: db}, {name: db-pager}, {name: web}, {name: ops}, {name: ops-second}]
      time_intervals: [{name: never, time_intervals: [{years: ['1999']}]}]
      """, "am.yml").route());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "team=db,severity=critical; db-pager,web",
      "team=db,severity=warning;  db,web",
      "team=web;                  web",
      "team=ops;                  ops",
      "team=other;                default",
      "alertname=x;               default",
  })
  void matchesDepthFirstWithContinue(String labelText, String receivers) {
    Labels labels = Labels.of(labelText.replace('=', ',').split(","));
    List<String> matched = TREE.match(labels).stream().map(r -> r.options().receiver()).toList();
    assertThat(matched).containsExactly(receivers.split(","));
  }

  @Test
  void childrenInheritOptionsTheyDoNotSet() {
    Route db = TREE.children().get(0);
    Route dbPager = db.children().get(0);
    assertThat(db.options().groupBy()).containsExactly("cluster");
    assertThat(db.options().groupWaitMillis()).isEqualTo(10_000L);
    assertThat(db.options().groupIntervalMillis()).isEqualTo(RouteOptions.DEFAULT_GROUP_INTERVAL_MILLIS);
    assertThat(dbPager.options().groupBy()).containsExactly("cluster");
    assertThat(dbPager.options().groupIntervalMillis()).isEqualTo(60_000L);
    assertThat(dbPager.options().repeatIntervalMillis()).isEqualTo(RouteOptions.DEFAULT_REPEAT_INTERVAL_MILLIS);
    Route web = TREE.children().get(1);
    assertThat(web.options().groupByAll()).isTrue();
    assertThat(web.options().muteTimeIntervals()).containsExactly("never");
    assertThat(TREE.options().muteTimeIntervals()).isEmpty();
  }

  @Test
  void keysAndIdsAreAlertmanagers() {
    Route dbPager = TREE.children().get(0).children().get(0);
    assertThat(TREE.key()).isEqualTo("{}");
    assertThat(dbPager.key()).isEqualTo("{}/{team=\"db\"}/{severity=\"critical\"}");
    assertThat(dbPager.id()).isEqualTo("{}/{team=\"db\"}/0/{severity=\"critical\"}/0");
    Route ops = TREE.children().get(2);
    Route opsSecond = TREE.children().get(3);
    assertThat(ops.key()).isEqualTo(opsSecond.key());
    assertThat(ops.id()).isNotEqualTo(opsSecond.id());
    assertThat(TREE.walk()).hasSize(6);
  }
}
