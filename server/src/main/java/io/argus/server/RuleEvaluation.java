package io.argus.server;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Queryable;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.rules.evaluation.GroupOptions;
import io.argus.rules.evaluation.QueryFunction;
import io.argus.rules.file.RuleFileException;
import io.argus.rules.manager.GroupStatisticsView;
import io.argus.rules.manager.RuleManager;
import io.argus.rules.manager.SystemScheduler;
import io.argus.rules.notifier.AlertmanagerTarget;
import io.argus.rules.notifier.Notifier;
import io.argus.rules.notifier.NotifierOptions;
import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.StaticConfig;
import io.argus.server.config.AlertingConfig;
import io.argus.server.config.PrometheusConfig;
import io.argus.server.metrics.VisitedMetrics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recording and alerting rules as prometheus.yml configures them: the rule manager evaluates the
 * {@code rule_files} groups through the PromQL engine, writes through the same path as scrapes,
 * and its alerts go to the {@code alerting.alertmanagers} targets — or, when none are configured,
 * to the Alertmanager embedded in this server, so one Argus is a whole stack out of the box.
 */
final class RuleEvaluation implements ConfigListener, AutoCloseable {

  private final SystemScheduler scheduler = new SystemScheduler();
  private final RuleManager manager;
  private final Notifier notifier;
  private final String selfAlertmanagerUrl;
  private final String externalUrl;
  private volatile List<AlertmanagerTarget> targets = List.of();

  RuleEvaluation(Supplier<EngineOptions> engineOptions, Queryable storage, Appendable writes, ServerOptions options,
      PrometheusConfig initial, String externalUrl) {
    this.externalUrl = externalUrl;
    this.selfAlertmanagerUrl = "http://" + options.listenAddress().localTarget();
    this.notifier = new Notifier(new NotifierOptions(10_000, 64, Duration.ofSeconds(10),
        map(initial.global().externalLabels()), null), List.of());
    QueryFunction query = (expr, timeMillis) -> QueryFunction.of(new Engine(engineOptions.get()), storage)
        .query(expr, timeMillis);
    GroupOptions groupOptions = new GroupOptions(query, writes, storage, notifier.notifyFunction(externalUrl),
        Map.of(), externalUrl, initial.global().evaluationIntervalMillis(), initial.global().ruleQueryOffsetMillis(),
        flagMillis(options, "rules.alert.resend-delay", 60_000),
        flagMillis(options, "rules.alert.for-outage-tolerance", 3_600_000),
        flagMillis(options, "rules.alert.for-grace-period", 600_000));
    this.manager = new RuleManager(groupOptions, scheduler);
  }

  RuleManager manager() {
    return manager;
  }

  /** The Alertmanagers alerts are sent to, for {@code /api/v1/alertmanagers}. */
  List<AlertmanagerTarget> targets() {
    return targets;
  }

  @Override
  public void apply(PrometheusConfig config) {
    List<AlertmanagerTarget> next = targets(config.alerting());
    try {
      manager.update(config.ruleFiles(), Path.of("."), config.global().evaluationIntervalMillis(),
          map(config.global().externalLabels()), externalUrl);
    } catch (RuleFileException e) {
      throw new IllegalArgumentException(String.join("; ", e.errors()), e);
    }
    notifier.setTargets(next);
    targets = next;
    manager.start();
  }

  private List<AlertmanagerTarget> targets(AlertingConfig alerting) {
    if (alerting.alertmanagers().isEmpty()) {
      return List.of(AlertmanagerTarget.of(selfAlertmanagerUrl));
    }
    List<AlertmanagerTarget> targets = new ArrayList<>();
    for (AlertingConfig.AlertmanagerConfig alertmanager : alerting.alertmanagers()) {
      String prefix = alertmanager.pathPrefix().endsWith("/") ? alertmanager.pathPrefix() : alertmanager.pathPrefix() + "/";
      for (DiscoveryConfig discovery : alertmanager.discoveryConfigs()) {
        if (discovery instanceof StaticConfig group) {
          for (String address : group.targets()) {
            targets.add(new AlertmanagerTarget(
                URI.create(alertmanager.scheme() + "://" + address + prefix + "api/v2/alerts"), null));
          }
        }
      }
    }
    return targets;
  }

  private static long flagMillis(ServerOptions options, String flag, long defaultMillis) {
    String value = options.flags().get(flag);
    return value == null ? defaultMillis : io.argus.core.time.PrometheusDuration.parseMillis(value);
  }

  private static Map<String, String> map(Labels labels) {
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach(out::put);
    return out;
  }

  /** Prometheus' {@code prometheus_rule_*} group metrics, as {@code argus_rule_*}{rule_group="file;name"}. */
  void report(VisitedMetrics.Sink sink) {
    for (GroupStatisticsView group : manager.statistics()) {
      String[] labels = {"rule_group", group.ruleGroupLabel()};
      sink.gauge("argus_rule_group_interval_seconds", "The interval of a rule group.", group.intervalSeconds(), labels);
      sink.gauge("argus_rule_group_rules", "The number of rules.", group.rules(), labels);
      sink.counter("argus_rule_evaluations_total", "The total number of rule evaluations.",
          group.evaluationsTotal(), labels);
      sink.counter("argus_rule_evaluation_failures_total", "The total number of rule evaluation failures.",
          group.evaluationFailuresTotal(), labels);
      sink.counter("argus_rule_group_iterations_total", "The total number of scheduled rule group evaluations.",
          group.iterationsTotal(), labels);
      sink.counter("argus_rule_group_iterations_missed_total", "The total number of rule group evaluations missed.",
          group.iterationsMissedTotal(), labels);
      sink.gauge("argus_rule_group_last_duration_seconds", "The duration of the last rule group evaluation.",
          group.lastDurationSeconds(), labels);
      sink.gauge("argus_rule_group_last_evaluation_timestamp_seconds",
          "The timestamp of the last rule group evaluation in seconds.", group.lastEvaluationTimestampMillis() / 1000.0,
          labels);
      sink.gauge("argus_rule_group_last_evaluation_samples", "The number of samples returned during the last evaluation.",
          group.lastEvaluationSamples(), labels);
    }
    sink.counter("argus_notifications_sent_total", "Alerts sent to Alertmanagers.", notifier.sentTotal());
    sink.counter("argus_notifications_dropped_total", "Alerts dropped, by errors or a full queue.", notifier.droppedTotal());
    sink.counter("argus_notifications_errors_total", "Errors sending alerts to Alertmanagers.", notifier.errorsTotal());
    sink.gauge("argus_notifications_queue_length", "Alerts waiting to be sent.", notifier.queueLength());
    sink.gauge("argus_notifications_queue_capacity", "The capacity of the alert queue.", notifier.queueCapacity());
  }

  @Override
  public void close() {
    manager.close();
    scheduler.close();
    notifier.close();
  }
}
