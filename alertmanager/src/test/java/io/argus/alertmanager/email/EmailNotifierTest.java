package io.argus.alertmanager.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.argus.alertmanager.config.EmailConfig;
import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.DeliveryOutcome;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.core.label.Labels;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Delivers to a real in-process SMTP server (GreenMail) on the loopback interface. */
class EmailNotifierTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("alertmanager@example.org", "alice", "s3cret"));

  private static final NotificationData DATA = NotificationData.of("ops", List.of(
      new AlertData("firing", Labels.of("alertname", "Disk", "instance", "a", "severity", "page"),
          Labels.of("summary", "disk full"), 1_000, 0, "http://prom/graph", "00000000000000aa")),
      Labels.of("alertname", "Disk"), "http://argus:9090", "{}:{alertname=\"Disk\"}");

  private static EmailConfig config(String smarthost, String username, String password, String passwordFile,
      boolean requireTls) {
    return new EmailConfig(false, List.of("ops@example.org", "oncall@example.org"), "alertmanager@example.org",
        "argus.example.org", smarthost, username, password, passwordFile, "", requireTls,
        Map.of("X-Team", "ops"));
  }

  private static String smarthost() {
    return "127.0.0.1:" + SMTP.getSmtp().getPort();
  }

  @Test
  void deliversSubjectRecipientsHeadersAndBothBodies() throws Exception {
    DeliveryOutcome outcome = new EmailNotifier(config(smarthost(), "", "", "", false), Duration.ofSeconds(10))
        .deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
    MimeMessage[] messages = SMTP.getReceivedMessages();
    assertThat(messages).hasSize(2); // one copy per recipient mailbox
    MimeMessage message = messages[0];
    assertThat(message.getSubject()).isEqualTo("[FIRING:1] Disk (a page)");
    assertThat(Arrays.stream(message.getAllRecipients()).map(Address::toString))
        .containsExactly("ops@example.org", "oncall@example.org");
    assertThat(message.getFrom()[0].toString()).isEqualTo("alertmanager@example.org");
    assertThat(message.getHeader("X-Team")).containsExactly("ops");
    MimeMultipart body = (MimeMultipart) message.getContent();
    assertThat(body.getContentType()).startsWith("multipart/alternative");
    assertThat(body.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat((String) body.getBodyPart(0).getContent()).contains("- alertname=Disk instance=a severity=page");
    assertThat(body.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) body.getBodyPart(1).getContent()).contains("<h2>[FIRING:1] Disk (a page)</h2>");
  }

  @Test
  void authenticatesWithThePasswordFile(@TempDir Path directory) throws IOException {
    Path passwordFile = directory.resolve("password");
    Files.writeString(passwordFile, "s3cret\n");
    DeliveryOutcome outcome = new EmailNotifier(config(smarthost(), "alice", "", passwordFile.toString(), false),
        Duration.ofSeconds(10)).deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
  }

  @Test
  void wrongPasswordIsAFailure() {
    DeliveryOutcome outcome = new EmailNotifier(config(smarthost(), "alice", "wrong", "", false),
        Duration.ofSeconds(10)).deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
        failed -> assertThat(failed.message()).contains(smarthost()));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void requiredTlsThatTheServerCannotProvideIsAFailure() {
    DeliveryOutcome outcome = new EmailNotifier(config(smarthost(), "", "", "", true), Duration.ofSeconds(10))
        .deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void unreachableSmarthostIsRetryable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    DeliveryOutcome outcome = new EmailNotifier(config("127.0.0.1:" + closedPort, "", "", "", false),
        Duration.ofSeconds(10)).deliver(DATA, DATA.alerts());
    assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
        failed -> assertThat(failed.retryable()).isTrue());
  }
}
