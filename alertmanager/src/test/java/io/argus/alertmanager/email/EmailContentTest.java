package io.argus.alertmanager.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.core.label.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailContentTest {

  private static AlertData alert(String status, String... labels) {
    return new AlertData(status, Labels.of(labels), Labels.of("summary", "disk <full> & more"), 1_000,
        status.equals("firing") ? 0 : 2_000, "http://prom/graph?x=1&y=2", "00000000000000ff");
  }

  @Test
  void subjectFollowsAlertmanagersDefault() {
    NotificationData twoFiring = NotificationData.of("r", List.of(
        alert("firing", "alertname", "Disk", "cluster", "eu", "severity", "page", "instance", "a"),
        alert("firing", "alertname", "Disk", "cluster", "eu", "severity", "page", "instance", "b"),
        alert("resolved", "alertname", "Disk", "cluster", "eu", "severity", "page", "instance", "c")),
        Labels.of("alertname", "Disk"), "", "{}:{}");
    assertThat(EmailContent.subject(twoFiring)).isEqualTo("[FIRING:2] Disk (eu page)");

    NotificationData resolvedOnlyGroupLabels = NotificationData.of("r", List.of(
        alert("resolved", "alertname", "Disk", "cluster", "eu"),
        alert("resolved", "alertname", "Disk", "cluster", "us")),
        Labels.of("alertname", "Disk"), "", "{}:{}");
    assertThat(EmailContent.subject(resolvedOnlyGroupLabels)).isEqualTo("[RESOLVED] Disk ");
  }

  @Test
  void bodiesListFiringThenResolvedAndEscapeHtml() {
    NotificationData data = NotificationData.of("r", List.of(
        alert("resolved", "alertname", "Disk", "instance", "old"),
        alert("firing", "alertname", "Disk", "instance", "new")),
        Labels.of("alertname", "Disk"), "http://argus:9090", "{}:{}");
    EmailContent content = EmailContent.of(data);
    assertThat(content.text()).contains("Firing alerts (1):\n- alertname=Disk instance=new\n"
        + "  summary: disk <full> & more\n  Source: http://prom/graph?x=1&y=2\n");
    assertThat(content.text().indexOf("Firing alerts")).isLessThan(content.text().indexOf("Resolved alerts (1)"));
    assertThat(content.text()).endsWith("Sent by http://argus:9090\n");
    assertThat(content.html()).contains("disk &lt;full&gt; &amp; more", "href=\"http://prom/graph?x=1&amp;y=2\"")
        .doesNotContain("<full>");
  }
}
