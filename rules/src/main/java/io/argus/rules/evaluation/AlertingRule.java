package io.argus.rules.evaluation;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Sample;
import io.argus.promql.parser.PromqlParser;
import io.argus.rules.file.AlertingRuleConfig;
import io.argus.rules.template.AlertTemplates;
import io.argus.rules.template.PrometheusFunctions;
import io.argus.rules.template.TemplateSample;
import io.argus.template.Functions;
import io.argus.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alerting rule with Prometheus' state machine ({@code rules/alerting.go}): each sample of the
 * expression is an alert identified by its labels (metric name removed, rule labels expanded,
 * {@code alertname} set); a new alert is pending, fires once it has been active for {@code for},
 * keeps firing for {@code keep_firing_for} after its sample disappeared, and is then resolved and
 * kept for 15 minutes so Alertmanagers see the resolution.
 */
public final class AlertingRule implements Rule {

  /** How long a resolved alert is kept and re-sent, Prometheus' {@code resolvedRetention}. */
  public static final long RESOLVED_RETENTION_MILLIS = 15 * 60 * 1000L;

  /** The metric name of the alert series. */
  public static final String ALERTS_METRIC = "ALERTS";

  /** The metric name of the series that remembers when each alert became active. */
  public static final String ALERTS_FOR_STATE_METRIC = "ALERTS_FOR_STATE";

  private final AlertingRuleConfig config;
  private final Expr expr;
  private final Map<String, Template> labelTemplates = new LinkedHashMap<>();
  private final Map<String, Template> annotationTemplates = new LinkedHashMap<>();
  private final Map<Labels, ActiveAlert> active = new HashMap<>();
  private volatile RuleStatus status = RuleStatus.NEVER;
  private volatile boolean restored;

  /**
   * @param restored whether {@code for} state needs no restoring (true except for rules created at
   *     startup, which write no alert series until their group restored them)
   */
  public AlertingRule(AlertingRuleConfig config, boolean restored) {
    this.config = config;
    this.expr = PromqlParser.parseExpr(config.expr());
    this.restored = restored;
    config.labels().forEach((name, text) -> labelTemplates.put(name, AlertTemplates.parse(config.name(), text)));
    config.annotations().forEach((name, text) -> annotationTemplates.put(name, AlertTemplates.parse(config.name(), text)));
  }

  public AlertingRuleConfig config() {
    return config;
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public String query() {
    return config.expr();
  }

  @Override
  public Expr expr() {
    return expr;
  }

  @Override
  public Map<String, String> labels() {
    return config.labels();
  }

  public long holdDurationMillis() {
    return config.forMillis();
  }

  public boolean restored() {
    return restored;
  }

  public void setRestored(boolean value) {
    restored = value;
  }

  @Override
  public List<Sample> evaluate(long timestampMillis, EvaluationContext context) {
    long queryTime = timestampMillis - context.queryOffsetMillis();
    List<Sample> result = context.query().query(expr, queryTime).samples();
    Map<Labels, ActiveAlert> alerts = new LinkedHashMap<>();
    Functions functions = null;
    if (!labelTemplates.isEmpty() || !annotationTemplates.isEmpty()) {
      functions = PrometheusFunctions.create(templateQuery(context, timestampMillis), timestampMillis, context.externalUrl());
    }
    LabelsBuilder builder = new LabelsBuilder();
    for (Sample sample : result) {
      Map<String, String> sampleLabels = toMap(sample.labels());
      Map<String, Object> data =
          AlertTemplates.data(sampleLabels, context.externalLabels(), context.externalUrl(), sample.value());
      builder.reset(sample.labels());
      builder.remove(Labels.METRIC_NAME);
      for (Map.Entry<String, Template> entry : labelTemplates.entrySet()) {
        builder.set(entry.getKey(), AlertTemplates.expand(entry.getValue(), data, functions));
      }
      builder.set("alertname", config.name());
      LabelsBuilder annotations = new LabelsBuilder();
      for (Map.Entry<String, Template> entry : annotationTemplates.entrySet()) {
        annotations.set(entry.getKey(), AlertTemplates.expand(entry.getValue(), data, functions));
      }
      Labels labels = builder.build();
      if (alerts.containsKey(labels)) {
        throw new RuleEvaluationException(
            "vector contains metrics with the same labelset after applying alert labels");
      }
      alerts.put(labels, new ActiveAlert(labels, annotations.build(), timestampMillis, sample.value()));
    }
    synchronized (active) {
      return advance(alerts, timestampMillis, context);
    }
  }

  /** The state machine step of {@code AlertingRule.Eval}, under the lock. */
  private List<Sample> advance(Map<Labels, ActiveAlert> alerts, long timestampMillis, EvaluationContext context) {
    for (ActiveAlert alert : alerts.values()) {
      ActiveAlert existing = active.get(alert.labels);
      if (existing != null && existing.state != AlertState.INACTIVE) {
        existing.value = alert.value;
        existing.annotations = alert.annotations;
      } else {
        active.put(alert.labels, alert);
      }
    }
    List<Sample> out = new ArrayList<>();
    int activeOrPending = 0;
    long sampleTime = timestampMillis - context.queryOffsetMillis();
    var iterator = active.entrySet().iterator();
    while (iterator.hasNext()) {
      ActiveAlert alert = iterator.next().getValue();
      if (!alerts.containsKey(alert.labels)) {
        boolean keepFiring = false;
        if (alert.state == AlertState.FIRING && config.keepFiringForMillis() > 0) {
          if (alert.keepFiringSinceMillis == AlertSnapshot.NO_TIME) {
            alert.keepFiringSinceMillis = timestampMillis;
          }
          keepFiring = timestampMillis - alert.keepFiringSinceMillis < config.keepFiringForMillis();
        }
        if (alert.state == AlertState.PENDING
            || (alert.resolvedAtMillis != AlertSnapshot.NO_TIME
                && timestampMillis - alert.resolvedAtMillis > RESOLVED_RETENTION_MILLIS)) {
          iterator.remove();
        }
        if (alert.state != AlertState.INACTIVE && !keepFiring) {
          alert.state = AlertState.INACTIVE;
          alert.resolvedAtMillis = timestampMillis;
        }
        if (!keepFiring) {
          continue;
        }
      } else {
        alert.keepFiringSinceMillis = AlertSnapshot.NO_TIME;
      }
      activeOrPending++;
      if (alert.state == AlertState.PENDING && timestampMillis - alert.activeAtMillis >= config.forMillis()) {
        alert.state = AlertState.FIRING;
        alert.firedAtMillis = timestampMillis;
      }
      if (restored) {
        out.add(new Sample(alertsLabels(alert), sampleTime, 1));
        out.add(new Sample(forStateLabels(alert.labels), sampleTime, Math.floorDiv(alert.activeAtMillis, 1000L)));
      }
    }
    if (context.limit() > 0 && activeOrPending > context.limit()) {
      active.clear();
      throw new RuleEvaluationException(
          "exceeded limit of " + context.limit() + " with " + activeOrPending + " alerts");
    }
    return out;
  }

  /** Hands the alerts due for (re)sending to {@code notify}, as {@code sendAlerts}. */
  public void sendAlerts(long timestampMillis, long resendDelayMillis, long intervalMillis, NotifyFunction notify) {
    List<AlertSnapshot> due = new ArrayList<>();
    synchronized (active) {
      for (ActiveAlert alert : active.values()) {
        if (alert.needsSending(timestampMillis, resendDelayMillis)) {
          alert.lastSentAtMillis = timestampMillis;
          long delta = Math.max(resendDelayMillis, intervalMillis);
          alert.validUntilMillis = timestampMillis + 4 * delta;
          due.add(alert.snapshot());
        }
      }
    }
    if (!due.isEmpty()) {
      due.sort(Comparator.comparing(AlertSnapshot::labels));
      notify.send(config.expr(), due);
    }
  }

  /** Pending and firing alerts (resolved ones excluded), sorted by labels. */
  public List<AlertSnapshot> activeAlerts() {
    List<AlertSnapshot> out = new ArrayList<>();
    synchronized (active) {
      for (ActiveAlert alert : active.values()) {
        if (alert.state != AlertState.INACTIVE) {
          out.add(alert.snapshot());
        }
      }
    }
    out.sort(Comparator.comparing(AlertSnapshot::labels));
    return out;
  }

  /** Every alert the rule holds, resolved ones included. */
  public List<AlertSnapshot> allAlerts() {
    List<AlertSnapshot> out = new ArrayList<>();
    synchronized (active) {
      for (ActiveAlert alert : active.values()) {
        out.add(alert.snapshot());
      }
    }
    out.sort(Comparator.comparing(AlertSnapshot::labels));
    return out;
  }

  /** The rule's state: firing if any alert fires, else pending if any is pending. */
  public AlertState state() {
    AlertState max = AlertState.INACTIVE;
    synchronized (active) {
      for (ActiveAlert alert : active.values()) {
        if (alert.state.ordinal() > max.ordinal()) {
          max = alert.state;
        }
      }
    }
    return max;
  }

  /** Takes over the alerts of the same rule in a group being replaced on reload. */
  void copyAlertsFrom(AlertingRule previous) {
    List<AlertSnapshot> alerts = previous.allAlerts();
    synchronized (active) {
      for (AlertSnapshot alert : alerts) {
        active.put(alert.labels(), new ActiveAlert(alert));
      }
    }
  }

  /**
   * Restores {@code activeAt} of current alerts from their last {@code ALERTS_FOR_STATE} sample,
   * as Prometheus' {@code RestoreForState}.
   */
  void restoreForState(Querier querier, long nowMillis, long forGracePeriodMillis) {
    synchronized (active) {
      for (ActiveAlert alert : active.values()) {
        Labels forState = forStateLabels(alert.labels);
        List<Matcher> matchers = new ArrayList<>();
        forState.forEach((name, value) -> matchers.add(Matcher.equal(name, value)));
        SeriesSet set = querier.select(false, null, matchers.toArray(new Matcher[0]));
        long lastTime = AlertSnapshot.NO_TIME;
        double lastValue = Double.NaN;
        while (set.next()) {
          Series series = set.at();
          if (!series.labels().equals(forState)) {
            continue;
          }
          SampleIterator samples = series.iterator(null);
          while (samples.next()) {
            lastTime = samples.timestampMillis();
            lastValue = samples.value();
          }
        }
        if (lastTime == AlertSnapshot.NO_TIME || StaleMarker.isStale(lastValue)) {
          continue;
        }
        long downAt = Math.floorDiv(lastTime, 1000L) * 1000L;
        long restoredActiveAt = (long) lastValue * 1000L;
        long timeSpentPending = downAt - restoredActiveAt;
        long timeRemainingPending = config.forMillis() - timeSpentPending;
        if (timeRemainingPending <= 0) {
          // It was firing when the server went down; the next evaluation decides again.
        } else if (timeRemainingPending < forGracePeriodMillis) {
          restoredActiveAt = nowMillis + forGracePeriodMillis - config.forMillis();
        } else {
          restoredActiveAt = restoredActiveAt + (nowMillis - downAt);
        }
        alert.activeAtMillis = restoredActiveAt;
      }
    }
    restored = true;
  }

  private Labels alertsLabels(ActiveAlert alert) {
    return alert.labels.toBuilder()
        .set(Labels.METRIC_NAME, ALERTS_METRIC)
        .set("alertstate", alert.state.apiName())
        .build();
  }

  private static Labels forStateLabels(Labels alertLabels) {
    return alertLabels.toBuilder().set(Labels.METRIC_NAME, ALERTS_FOR_STATE_METRIC).build();
  }

  private static io.argus.rules.template.TemplateQuery templateQuery(EvaluationContext context, long timestampMillis) {
    return text -> {
      List<TemplateSample> samples = new ArrayList<>();
      for (Sample sample : context.query().query(PromqlParser.parseExpr(text), timestampMillis).samples()) {
        samples.add(new TemplateSample(toMap(sample.labels()), sample.value()));
      }
      return samples;
    };
  }

  private static Map<String, String> toMap(Labels labels) {
    Map<String, String> map = new LinkedHashMap<>();
    labels.forEach(map::put);
    return map;
  }

  @Override
  public RuleStatus status() {
    return status;
  }

  @Override
  public void recordOutcome(RuleHealth health, String lastError, long evaluatedAtMillis, long durationNanos) {
    status = new RuleStatus(health, lastError, evaluatedAtMillis, durationNanos);
  }

  @Override
  public void recordWriteError(String error) {
    RuleStatus current = status;
    status = new RuleStatus(RuleHealth.BAD, error, current.lastEvaluationMillis(), current.evaluationDurationNanos());
  }
}
