package io.argus.alertmanager.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.core.label.Labels;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

  private static final long STARTS = Instant.parse("2026-11-23T12:00:00.120Z").toEpochMilli();
  private static final long ENDS = Instant.parse("2026-11-23T12:05:00Z").toEpochMilli();

  private static AlertData alert(String status, String instance, long endsAt) {
    return new AlertData(status, Labels.of("alertname", "Down", "instance", instance),
        Labels.of("summary", "<b>down</b> & out"), STARTS, endsAt, "http://prom:9090/graph?g0.expr=up", "0123456789abcdef");
  }

  @Test
  void encodesAlertmanagerVersionFourPayloadByteForByte() {
    NotificationData data = NotificationData.of("team-x",
        List.of(alert("firing", "a", 0), alert("resolved", "b", ENDS)),
        Labels.of("alertname", "Down"), "http://am:9093", "{}:{alertname=\"Down\"}");
    assertThat(WebhookPayload.encode(data, 0)).isEqualTo(
        "{\"receiver\":\"team-x\",\"status\":\"firing\",\"alerts\":["
            + "{\"status\":\"firing\",\"labels\":{\"alertname\":\"Down\",\"instance\":\"a\"},"
            + "\"annotations\":{\"summary\":\"\\u003cb\\u003edown\\u003c/b\\u003e \\u0026 out\"},"
            + "\"startsAt\":\"2026-11-23T12:00:00.12Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
            + "\"generatorURL\":\"http://prom:9090/graph?g0.expr=up\",\"fingerprint\":\"0123456789abcdef\"},"
            + "{\"status\":\"resolved\",\"labels\":{\"alertname\":\"Down\",\"instance\":\"b\"},"
            + "\"annotations\":{\"summary\":\"\\u003cb\\u003edown\\u003c/b\\u003e \\u0026 out\"},"
            + "\"startsAt\":\"2026-11-23T12:00:00.12Z\",\"endsAt\":\"2026-11-23T12:05:00Z\","
            + "\"generatorURL\":\"http://prom:9090/graph?g0.expr=up\",\"fingerprint\":\"0123456789abcdef\"}],"
            + "\"groupLabels\":{\"alertname\":\"Down\"},\"commonLabels\":{\"alertname\":\"Down\"},"
            + "\"commonAnnotations\":{\"summary\":\"\\u003cb\\u003edown\\u003c/b\\u003e \\u0026 out\"},"
            + "\"externalURL\":\"http://am:9093\",\"version\":\"4\","
            + "\"groupKey\":\"{}:{alertname=\\\"Down\\\"}\",\"truncatedAlerts\":0}\n");
  }

  @Test
  void maxAlertsTruncatesAndRecomputesStatusAndCommonLabels() {
    NotificationData data = NotificationData.of("r",
        List.of(alert("resolved", "a", ENDS), alert("firing", "b", 0), alert("firing", "c", 0)),
        Labels.empty(), "", "{}:{}");
    String payload = WebhookPayload.encode(data, 1);
    assertThat(payload).startsWith("{\"receiver\":\"r\",\"status\":\"resolved\",");
    assertThat(payload).contains("\"commonLabels\":{\"alertname\":\"Down\",\"instance\":\"a\"}");
    assertThat(payload).endsWith("\"truncatedAlerts\":2}\n");
    assertThat(payload).doesNotContain("\"instance\":\"b\"");
  }

  @Test
  void escapesControlCharactersAsGo() {
    StringBuilder out = new StringBuilder();
    GoJson.string(out, "a\"b\\c\n\t\u0001\u2028é");
    assertThat(out.toString()).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028é\"");
  }
}
