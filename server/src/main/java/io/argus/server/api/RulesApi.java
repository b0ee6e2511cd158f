package io.argus.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.argus.rules.manager.AlertView;
import io.argus.rules.manager.RuleFilter;
import io.argus.rules.manager.RuleGroupView;
import io.argus.rules.manager.RuleManager;
import io.argus.rules.manager.RuleView;
import io.argus.rules.notifier.AlertmanagerTarget;
import io.argus.server.http.ApiException;
import io.argus.server.http.ApiResponses;
import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/v1/rules} (with {@code type}, {@code rule_name[]}, {@code rule_group[]},
 * {@code file[]}), {@code /api/v1/alerts} and {@code /api/v1/alertmanagers}, in Prometheus' shapes.
 */
public final class RulesApi {

  /** Go's zero time, which Prometheus prints for "never". */
  private static final String NEVER = "0001-01-01T00:00:00Z";

  private final Supplier<RuleManager> rules;
  private final Supplier<List<AlertmanagerTarget>> alertmanagers;

  public RulesApi(Supplier<RuleManager> rules, Supplier<List<AlertmanagerTarget>> alertmanagers) {
    this.rules = rules;
    this.alertmanagers = alertmanagers;
  }

  public void register(Router router) {
    router.get("/api/v1/rules", this::rules);
    router.get("/api/v1/alerts", exchange -> ApiResponses.success(exchange, json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("alerts");
      for (AlertView alert : rules.get().activeAlerts()) {
        writeAlert(json, alert);
      }
      json.writeEndArray();
      json.writeEndObject();
    }));
    router.get("/api/v1/alertmanagers", exchange -> ApiResponses.success(exchange, json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("activeAlertmanagers");
      for (AlertmanagerTarget target : alertmanagers.get()) {
        json.writeStartObject();
        json.writeStringField("url", target.alertsUrl().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("droppedAlertmanagers");
      json.writeEndArray();
      json.writeEndObject();
    }));
  }

  private void rules(Exchange exchange) throws IOException, ApiException {
    RuleFilter filter;
    try {
      filter = new RuleFilter(emptyToNull(exchange.parameter("type")), new HashSet<>(exchange.parameters("rule_name[]")),
          new HashSet<>(exchange.parameters("rule_group[]")), new HashSet<>(exchange.parameters("file[]")));
    } catch (IllegalArgumentException e) {
      throw ApiException.badData("invalid parameter \"type\": " + e.getMessage());
    }
    List<RuleGroupView> groups = rules.get().ruleGroups(filter);
    ApiResponses.success(exchange, json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("groups");
      for (RuleGroupView group : groups) {
        json.writeStartObject();
        json.writeStringField("name", group.name());
        json.writeStringField("file", group.file());
        json.writeArrayFieldStart("rules");
        for (RuleView rule : group.rules()) {
          writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeNumberField("interval", group.intervalSeconds());
        json.writeNumberField("limit", group.limit());
        json.writeNumberField("evaluationTime", group.evaluationTimeSeconds());
        json.writeStringField("lastEvaluation", time(group.lastEvaluationMillis()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void writeRule(JsonGenerator json, RuleView rule) throws IOException {
    json.writeStartObject();
    switch (rule) {
      case RuleView.Alerting alerting -> {
        json.writeStringField("state", alerting.state());
        json.writeStringField("name", alerting.name());
        json.writeStringField("query", alerting.query());
        json.writeNumberField("duration", alerting.durationSeconds());
        json.writeNumberField("keepFiringFor", alerting.keepFiringForSeconds());
        writeMap(json, "labels", alerting.labels());
        writeMap(json, "annotations", alerting.annotations());
        json.writeArrayFieldStart("alerts");
        for (AlertView alert : alerting.alerts()) {
          writeAlert(json, alert);
        }
        json.writeEndArray();
      }
      case RuleView.Recording recording -> {
        json.writeStringField("name", recording.name());
        json.writeStringField("query", recording.query());
        writeMap(json, "labels", recording.labels());
      }
    }
    json.writeStringField("health", rule.health());
    if (!rule.lastError().isEmpty()) {
      json.writeStringField("lastError", rule.lastError());
    }
    json.writeNumberField("evaluationTime", rule.evaluationTimeSeconds());
    json.writeStringField("lastEvaluation", time(rule.lastEvaluationMillis()));
    json.writeStringField("type", rule.type());
    json.writeEndObject();
  }

  private static void writeAlert(JsonGenerator json, AlertView alert) throws IOException {
    json.writeStartObject();
    writeMap(json, "labels", alert.labels());
    writeMap(json, "annotations", alert.annotations());
    json.writeStringField("state", alert.state());
    json.writeStringField("activeAt", time(alert.activeAtMillis()));
    if (alert.keepFiringSinceMillis() > 0) {
      json.writeStringField("keepFiringSince", time(alert.keepFiringSinceMillis()));
    }
    json.writeStringField("value", alert.value());
    json.writeEndObject();
  }

  private static void writeMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(map).entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  private static String time(long millis) {
    return millis <= 0 ? NEVER : Instant.ofEpochMilli(millis).toString();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
