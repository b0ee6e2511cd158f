package io.argus.rules.manager;

import io.argus.core.label.Labels;
import io.argus.rules.evaluation.AlertSnapshot;
import io.argus.rules.evaluation.AlertingRule;
import io.argus.rules.evaluation.GroupOptions;
import io.argus.rules.evaluation.RecordingRule;
import io.argus.rules.evaluation.Rule;
import io.argus.rules.evaluation.RuleGroup;
import io.argus.rules.evaluation.RuleStatus;
import io.argus.rules.file.RuleFile;
import io.argus.rules.file.RuleFileException;
import io.argus.rules.file.RuleFileLoader;
import io.argus.rules.file.RuleGroupConfig;
import io.argus.template.format.GoFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owns the running rule groups (Prometheus' {@code rules.Manager}). {@link #update} loads rule
 * files and swaps groups: an unchanged group keeps running untouched, a changed group is stopped
 * and its replacement takes over the state of matching rules (alerts, previously written series),
 * and a removed group's series are marked stale two intervals later. An invalid file refuses the
 * whole update and the running groups stay. Groups run concurrently on the {@link Scheduler}; the
 * view methods may be called from any thread.
 */
public final class RuleManager implements AutoCloseable {

  private final GroupOptions baseOptions;
  private final Scheduler scheduler;
  private final Map<String, GroupRunner> runners = new LinkedHashMap<>();
  private boolean started;
  private boolean restoredOnce;
  private boolean closed;

  /**
   * @param options where queries run and output and alerts go; the interval, external labels and
   *     URL given to {@link #update} override the ones in it
   */
  public RuleManager(GroupOptions options, Scheduler scheduler) {
    this.baseOptions = options;
    this.scheduler = scheduler;
  }

  /**
   * Loads the files matching {@code patterns} (relative to {@code baseDirectory}) and applies them.
   *
   * @throws RuleFileException listing the problems of every invalid file; nothing changes then
   */
  public void update(
      List<String> patterns,
      Path baseDirectory,
      long evaluationIntervalMillis,
      Map<String, String> externalLabels,
      String externalUrl) {
    List<RuleFile> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path path : RuleFileGlobs.expand(patterns, baseDirectory)) {
      try {
        files.add(RuleFileLoader.load(path));
      } catch (RuleFileException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleFileException(errors);
    }
    apply(files, evaluationIntervalMillis, externalLabels, externalUrl);
  }

  /** Applies already loaded files (see {@link #update(List, Path, long, Map, String)}). */
  public synchronized void apply(
      List<RuleFile> files, long evaluationIntervalMillis, Map<String, String> externalLabels, String externalUrl) {
    if (closed) {
      throw new IllegalStateException("the rule manager is closed");
    }
    GroupOptions options =
        baseOptions.withDefaultInterval(evaluationIntervalMillis).withExternal(externalLabels, externalUrl);
    Map<String, GroupRunner> next = new LinkedHashMap<>();
    for (RuleFile file : files) {
      for (RuleGroupConfig config : file.groups()) {
        RuleGroup group = new RuleGroup(config, options, restoredOnce, scheduler::nowMillis);
        String key = key(config.file(), config.name());
        GroupRunner old = runners.remove(key);
        if (old != null && old.group().sameDefinitionAs(group)) {
          next.put(key, old);
          continue;
        }
        if (old != null) {
          old.stop();
          group.copyStateFrom(old.group());
          group.statistics().addFrom(old.group().statistics());
        }
        GroupRunner runner = new GroupRunner(group, scheduler, !restoredOnce);
        next.put(key, runner);
        if (started) {
          runner.start();
        }
      }
    }
    long now = scheduler.nowMillis();
    for (GroupRunner removed : runners.values()) {
      removed.stop();
      RuleGroup group = removed.group();
      scheduler.schedule(now + 2 * group.intervalMillis(), () -> group.markAllSeriesStale(now));
    }
    runners.clear();
    runners.putAll(next);
    restoredOnce = true;
  }

  /** Starts evaluating (Prometheus' {@code Run}); groups loaded before wait until now. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    for (GroupRunner runner : runners.values()) {
      runner.start();
    }
  }

  /** Stops every group; evaluations in progress finish first. */
  @Override
  public synchronized void close() {
    closed = true;
    for (GroupRunner runner : runners.values()) {
      runner.stop();
    }
  }

  /** The running groups, in file order. */
  public synchronized List<RuleGroup> groups() {
    List<RuleGroup> groups = new ArrayList<>();
    for (GroupRunner runner : runners.values()) {
      groups.add(runner.group());
    }
    return groups;
  }

  /** The groups for {@code /api/v1/rules}, filtered. */
  public List<RuleGroupView> ruleGroups(RuleFilter filter) {
    List<RuleGroupView> views = new ArrayList<>();
    for (RuleGroup group : groups()) {
      if (!filter.groupNames().isEmpty() && !filter.groupNames().contains(group.name())) {
        continue;
      }
      if (!filter.files().isEmpty() && !filter.files().contains(group.file())) {
        continue;
      }
      List<RuleView> rules = new ArrayList<>();
      for (Rule rule : group.rules()) {
        if (!filter.ruleNames().isEmpty() && !filter.ruleNames().contains(rule.name())) {
          continue;
        }
        switch (rule) {
          case AlertingRule alerting -> {
            if (!"record".equals(filter.type())) {
              rules.add(alertingView(alerting));
            }
          }
          case RecordingRule recording -> {
            if (!"alert".equals(filter.type())) {
              rules.add(recordingView(recording));
            }
          }
        }
      }
      if (rules.isEmpty() && filter.filtersRules()) {
        continue;
      }
      views.add(new RuleGroupView(
          group.name(),
          group.file(),
          rules,
          group.intervalMillis() / 1000.0,
          group.config().limit(),
          group.evaluationDurationNanos() / 1e9,
          group.lastEvaluationMillis()));
    }
    return views;
  }

  /** Pending and firing alerts of every rule, for {@code /api/v1/alerts}. */
  public List<AlertView> activeAlerts() {
    List<AlertView> alerts = new ArrayList<>();
    for (RuleGroup group : groups()) {
      for (Rule rule : group.rules()) {
        if (rule instanceof AlertingRule alerting) {
          for (AlertSnapshot alert : alerting.activeAlerts()) {
            alerts.add(alertView(alert));
          }
        }
      }
    }
    return alerts;
  }

  /** The {@code argus_rule_*} values, one record per group. */
  public List<GroupStatisticsView> statistics() {
    List<GroupStatisticsView> views = new ArrayList<>();
    for (RuleGroup group : groups()) {
      var statistics = group.statistics();
      views.add(new GroupStatisticsView(
          group.file(),
          group.name(),
          group.intervalMillis() / 1000.0,
          group.rules().size(),
          statistics.evaluations(),
          statistics.failures(),
          statistics.iterations(),
          statistics.missedIterations(),
          statistics.lastDurationNanos() / 1e9,
          group.lastEvaluationTimestampMillis(),
          statistics.lastSamples()));
    }
    return views;
  }

  private static RuleView alertingView(AlertingRule rule) {
    RuleStatus status = rule.status();
    List<AlertView> alerts = new ArrayList<>();
    for (AlertSnapshot alert : rule.activeAlerts()) {
      alerts.add(alertView(alert));
    }
    return new RuleView.Alerting(
        rule.state().apiName(),
        rule.name(),
        rule.query(),
        rule.holdDurationMillis() / 1000.0,
        rule.config().keepFiringForMillis() / 1000.0,
        rule.labels(),
        rule.config().annotations(),
        alerts,
        status.health().apiName(),
        status.lastError() == null ? "" : status.lastError(),
        status.evaluationDurationNanos() / 1e9,
        status.lastEvaluationMillis());
  }

  private static RuleView recordingView(RecordingRule rule) {
    RuleStatus status = rule.status();
    return new RuleView.Recording(
        rule.name(),
        rule.query(),
        rule.labels(),
        status.health().apiName(),
        status.lastError() == null ? "" : status.lastError(),
        status.evaluationDurationNanos() / 1e9,
        status.lastEvaluationMillis());
  }

  static AlertView alertView(AlertSnapshot alert) {
    return new AlertView(
        toMap(alert.labels()),
        toMap(alert.annotations()),
        alert.state().apiName(),
        alert.activeAtMillis(),
        alert.keepFiringSinceMillis(),
        GoFormat.formatFloat(alert.value(), 'e', -1));
  }

  private static Map<String, String> toMap(Labels labels) {
    Map<String, String> map = new LinkedHashMap<>();
    labels.forEach(map::put);
    return map;
  }

  private static String key(String file, String name) {
    return file + ";" + name;
  }
}
