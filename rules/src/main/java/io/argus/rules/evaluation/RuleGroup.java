package io.argus.rules.evaluation;

import io.argus.core.hash.XxHash64;
import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleRejectedException;
import io.argus.core.storage.StaleMarker;
import io.argus.core.storage.StorageException;
import io.argus.promql.engine.Sample;
import io.argus.rules.file.AlertingRuleConfig;
import io.argus.rules.file.RecordingRuleConfig;
import io.argus.rules.file.RuleConfig;
import io.argus.rules.file.RuleGroupConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * A group of rules evaluated in order at one timestamp, after Prometheus' {@code rules/group.go}:
 * each rule's output is committed before the next rule runs (so it is visible to it), series a rule
 * stopped producing get a staleness marker, alerting rules hand due alerts to the notifier, and a
 * failing rule records its error and lets the others run. {@link #evaluate} must not be called
 * concurrently for one group; status accessors are thread-safe.
 */
public final class RuleGroup {

  private final RuleGroupConfig config;
  private final GroupOptions options;
  private final List<Rule> rules;
  private final LongSupplier wallClockMillis;
  private final List<Set<Labels>> seriesInPreviousEvaluation;
  private List<Labels> staleSeries = new ArrayList<>();
  private final GroupStatistics statistics = new GroupStatistics();
  private volatile long lastEvaluationMillis = AlertSnapshot.NO_TIME;
  private volatile long lastEvaluationTimestampMillis = AlertSnapshot.NO_TIME;
  private volatile long evaluationDurationNanos;

  /**
   * @param restored false for groups created at startup: their alerting rules write no alert
   *     series until {@link #restoreForState} ran
   * @param wallClockMillis the clock for "last evaluation" times reported by the API
   */
  public RuleGroup(RuleGroupConfig config, GroupOptions options, boolean restored, LongSupplier wallClockMillis) {
    this.config = config;
    this.options = options;
    this.wallClockMillis = wallClockMillis;
    List<Rule> built = new ArrayList<>(config.rules().size());
    for (RuleConfig rule : config.rules()) {
      built.add(switch (rule) {
        case RecordingRuleConfig recording -> new RecordingRule(withGroupLabels(recording));
        case AlertingRuleConfig alerting -> new AlertingRule(withGroupLabels(alerting), restored);
      });
    }
    this.rules = List.copyOf(built);
    this.seriesInPreviousEvaluation = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      seriesInPreviousEvaluation.add(new HashSet<>());
    }
  }

  private RecordingRuleConfig withGroupLabels(RecordingRuleConfig rule) {
    if (config.labels().isEmpty()) {
      return rule;
    }
    Map<String, String> labels = new TreeMap<>(config.labels());
    labels.putAll(rule.labels());
    return new RecordingRuleConfig(rule.name(), rule.expr(), labels);
  }

  private AlertingRuleConfig withGroupLabels(AlertingRuleConfig rule) {
    if (config.labels().isEmpty()) {
      return rule;
    }
    Map<String, String> labels = new TreeMap<>(config.labels());
    labels.putAll(rule.labels());
    return new AlertingRuleConfig(rule.name(), rule.expr(), rule.forMillis(), rule.keepFiringForMillis(), labels, rule.annotations());
  }

  public String name() {
    return config.name();
  }

  public String file() {
    return config.file();
  }

  public RuleGroupConfig config() {
    return config;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The evaluation interval, the global default when the group sets none. */
  public long intervalMillis() {
    return config.intervalMillis() > 0 ? config.intervalMillis() : options.defaultIntervalMillis();
  }

  public long queryOffsetMillis() {
    return config.queryOffsetMillis() != null ? config.queryOffsetMillis() : options.defaultQueryOffsetMillis();
  }

  public GroupOptions options() {
    return options;
  }

  public long lastEvaluationMillis() {
    return lastEvaluationMillis;
  }

  public long lastEvaluationTimestampMillis() {
    return lastEvaluationTimestampMillis;
  }

  public long evaluationDurationNanos() {
    return evaluationDurationNanos;
  }

  public GroupStatistics statistics() {
    return statistics;
  }

  /**
   * The group's offset within its interval: Prometheus' xxHash of the labels {@code {file, name}}
   * modulo the interval in nanoseconds.
   */
  public long offsetNanos() {
    String key = "file\u00ff" + config.file() + "\u00ffname\u00ff" + config.name() + "\u00ff";
    byte[] bytes = separatorBytes(key);
    return Long.remainderUnsigned(XxHash64.hash(bytes), intervalMillis() * 1_000_000L);
  }

  private static byte[] separatorBytes(String key) {
    // The separator is the single byte 0xff, not the UTF-8 encoding of U+00FF.
    byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length];
    int length = 0;
    for (int i = 0; i < utf8.length; i++) {
      if ((utf8[i] & 0xff) == 0xc3 && i + 1 < utf8.length && (utf8[i + 1] & 0xff) == 0xbf) {
        out[length++] = (byte) 0xff;
        i++;
      } else {
        out[length++] = utf8[i];
      }
    }
    return java.util.Arrays.copyOf(out, length);
  }

  /**
   * The latest evaluation time at or before {@code nowMillis} on this group's grid ({@code
   * EvalTimestamp}); the first evaluation happens one interval after it.
   */
  public long evaluationTimestampAtOrBefore(long nowMillis) {
    long intervalNanos = intervalMillis() * 1_000_000L;
    long offset = offsetNanos();
    long adjusted = nowMillis * 1_000_000L - offset;
    long base = adjusted - Math.floorMod(adjusted, intervalNanos);
    return Math.floorDiv(base + offset, 1_000_000L);
  }

  /** Evaluates every rule at {@code timestampMillis} and writes the results. */
  public void evaluate(long timestampMillis) {
    long groupStartNanos = System.nanoTime();
    long groupStartMillis = wallClockMillis.getAsLong();
    long samplesTotal = 0;
    EvaluationContext context =
        new EvaluationContext(options.query(), options.externalLabels(), options.externalUrl(), queryOffsetMillis(), config.limit());
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      long ruleStartNanos = System.nanoTime();
      long ruleStartMillis = wallClockMillis.getAsLong();
      statistics.evaluations.incrementAndGet();
      List<Sample> vector;
      try {
        vector = rule.evaluate(timestampMillis, context);
      } catch (RuntimeException e) {
        statistics.failures.incrementAndGet();
        rule.recordOutcome(RuleHealth.BAD, messageOf(e), ruleStartMillis, System.nanoTime() - ruleStartNanos);
        continue;
      }
      rule.recordOutcome(RuleHealth.GOOD, null, ruleStartMillis, System.nanoTime() - ruleStartNanos);
      samplesTotal += vector.size();
      if (rule instanceof AlertingRule alerting) {
        alerting.sendAlerts(timestampMillis, options.resendDelayMillis(), intervalMillis(), options.notifier());
      }
      write(i, rule, vector, timestampMillis - queryOffsetMillis());
      rule.recordOutcome(
          rule.status().health(), rule.status().lastError(), ruleStartMillis, System.nanoTime() - ruleStartNanos);
    }
    cleanupStaleSeries(timestampMillis);
    statistics.lastSamples.set(samplesTotal);
    statistics.iterations.incrementAndGet();
    evaluationDurationNanos = System.nanoTime() - groupStartNanos;
    statistics.lastDurationNanos.set(evaluationDurationNanos);
    lastEvaluationMillis = groupStartMillis;
    lastEvaluationTimestampMillis = timestampMillis;
  }

  private void write(int index, Rule rule, List<Sample> vector, long staleTimestampMillis) {
    Appender appender = options.appendable().appender();
    Set<Labels> returned = new HashSet<>(vector.size() * 2);
    try {
      for (Sample sample : vector) {
        try {
          appender.append(0, sample.labels(), sample.timestampMillis(), sample.value());
          returned.add(sample.labels());
        } catch (SampleRejectedException e) {
          rule.recordWriteError(e.getMessage());
        }
      }
      for (Labels previous : seriesInPreviousEvaluation.get(index)) {
        if (!returned.contains(previous)) {
          try {
            appender.append(0, previous, staleTimestampMillis, StaleMarker.STALE_NAN);
          } catch (SampleRejectedException expected) {
            // Another rule may now write this series at a later time; nothing to mark then.
          }
        }
      }
      appender.commit();
    } catch (StorageException e) {
      rule.recordWriteError(e.getMessage());
      appender.rollback();
    }
    seriesInPreviousEvaluation.set(index, returned);
  }

  private void cleanupStaleSeries(long timestampMillis) {
    if (staleSeries.isEmpty()) {
      return;
    }
    writeStaleMarkers(staleSeries, timestampMillis - queryOffsetMillis());
    staleSeries = new ArrayList<>();
  }

  private void writeStaleMarkers(List<Labels> series, long timestampMillis) {
    Appender appender = options.appendable().appender();
    try {
      for (Labels labels : series) {
        try {
          appender.append(0, labels, timestampMillis, StaleMarker.STALE_NAN);
        } catch (SampleRejectedException expected) {
          // The series was written again by another rule after this time.
        }
      }
      appender.commit();
    } catch (StorageException e) {
      appender.rollback();
    }
  }

  /**
   * Marks stale everything this group wrote at its last evaluation; called when the group is
   * removed by a reload, two intervals after it stopped, with the stop time.
   */
  public void markAllSeriesStale(long timestampMillis) {
    List<Labels> all = new ArrayList<>(staleSeries);
    for (Set<Labels> series : seriesInPreviousEvaluation) {
      all.addAll(series);
    }
    writeStaleMarkers(all, timestampMillis);
    staleSeries = new ArrayList<>();
    for (Set<Labels> series : seriesInPreviousEvaluation) {
      series.clear();
    }
  }

  /**
   * Takes over the state of the group this one replaces on reload (Prometheus' {@code
   * CopyState}): rules matched by name and labels keep their previous series and alerts; series
   * of rules that disappeared are marked stale at the next evaluation.
   */
  public void copyStateFrom(RuleGroup previous) {
    lastEvaluationMillis = previous.lastEvaluationMillis;
    lastEvaluationTimestampMillis = previous.lastEvaluationTimestampMillis;
    evaluationDurationNanos = previous.evaluationDurationNanos;
    Map<String, List<Integer>> byIdentity = new HashMap<>();
    for (int i = 0; i < previous.rules.size(); i++) {
      byIdentity.computeIfAbsent(previous.rules.get(i).identity(), key -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      List<Integer> indexes = byIdentity.get(rule.identity());
      if (indexes == null || indexes.isEmpty()) {
        continue;
      }
      int from = indexes.removeFirst();
      seriesInPreviousEvaluation.set(i, new HashSet<>(previous.seriesInPreviousEvaluation.get(from)));
      if (rule instanceof AlertingRule alerting && previous.rules.get(from) instanceof AlertingRule old) {
        alerting.copyAlertsFrom(old);
        alerting.setRestored(alerting.restored() || old.restored());
      }
    }
    staleSeries = new ArrayList<>(previous.staleSeries);
    for (List<Integer> unmatched : byIdentity.values()) {
      for (int from : unmatched) {
        staleSeries.addAll(previous.seriesInPreviousEvaluation.get(from));
      }
    }
  }

  /**
   * Restores the {@code for} state of alerting rules from {@code ALERTS_FOR_STATE} within the
   * outage tolerance (Prometheus' {@code RestoreForState}); rules whose {@code for} is shorter
   * than the grace period are not restored.
   */
  public void restoreForState(long nowMillis) {
    long minTime = nowMillis - options.outageToleranceMillis();
    try (Querier querier = options.queryable().querier(minTime, nowMillis)) {
      for (Rule rule : rules) {
        if (!(rule instanceof AlertingRule alerting)) {
          continue;
        }
        if (alerting.holdDurationMillis() < options.forGracePeriodMillis()) {
          alerting.setRestored(true);
          continue;
        }
        alerting.restoreForState(querier, nowMillis, options.forGracePeriodMillis());
      }
    } catch (RuntimeException e) {
      for (Rule rule : rules) {
        if (rule instanceof AlertingRule alerting) {
          alerting.setRestored(true);
        }
      }
    }
  }

  /** Whether this group would evaluate exactly as {@code other} (same config and options). */
  public boolean sameDefinitionAs(RuleGroup other) {
    return config.equals(other.config)
        && intervalMillis() == other.intervalMillis()
        && queryOffsetMillis() == other.queryOffsetMillis()
        && options.externalLabels().equals(other.options.externalLabels())
        && options.externalUrl().equals(other.options.externalUrl());
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
