package io.argus.bench.alertmanager;

import io.argus.alertmanager.api.PostableAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The load: 10,000 firing alerts that group into 1,000 groups by alertname and cluster. */
final class AlertLoad {

  static final int ALERTS = 10_000;
  static final int GROUPS = 1_000;

  static final String CONFIG = """
      route:
        receiver: default
        group_by: [alertname, cluster]
        group_wait: 30s
        group_interval: 5m
        repeat_interval: 4h
        routes:
          - {matchers: [severity="page"], receiver: pager, continue: true}
          - {matchers: [team=~"db|storage"], receiver: db}
          - {matchers: [team="web"], receiver: web}
      inhibit_rules:
        - source_matchers: [alertname=ClusterDown]
          target_matchers: [severity=warning]
          equal: [cluster]
      receivers: [{name: default}, {name: pager}, {name: db}, {name: web}]
      """;

  private static final String[] TEAMS = {"db", "web", "storage", "infra"};

  private AlertLoad() {}

  /** Alerts in batches of 64, as Prometheus' notifier sends them. */
  static List<List<PostableAlert>> batches() {
    List<List<PostableAlert>> batches = new ArrayList<>();
    List<PostableAlert> batch = new ArrayList<>();
    for (int i = 0; i < ALERTS; i++) {
      int group = i % GROUPS;
      Map<String, String> labels = Map.of(
          "alertname", "Alert" + (group % 50),
          "cluster", "cluster-" + (group / 50),
          "instance", "10.0." + (i / 256) + "." + (i % 256) + ":9100",
          "job", "node",
          "severity", i % 10 == 0 ? "page" : "warning",
          "team", TEAMS[group % TEAMS.length]);
      batch.add(new PostableAlert(labels, Map.of("summary", "instance " + i + " is down"), null, null,
          "http://prometheus:9090/graph?g0.expr=up"));
      if (batch.size() == 64) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
