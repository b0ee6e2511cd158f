package io.argus.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.argus.alertmanager.api.AlertGroup;
import io.argus.alertmanager.api.AlertQuery;
import io.argus.alertmanager.api.ApiMatcher;
import io.argus.alertmanager.api.GettableAlert;
import io.argus.alertmanager.api.GettableSilence;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.api.PostableSilence;
import io.argus.alertmanager.api.PutAlertsResult;
import io.argus.alertmanager.api.Receiver;
import io.argus.alertmanager.config.AlertmanagerConfig;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import io.argus.alertmanager.matcher.InvalidMatcherException;
import io.argus.alertmanager.notify.NotificationObserver;
import io.argus.alertmanager.silence.InvalidSilenceException;
import io.argus.alertmanager.silence.SilenceNotFoundException;
import io.argus.alertmanager.snapshot.CorruptSnapshotException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end: posted alerts reach a real loopback webhook on a manual clock. */
class AlertmanagerTest {

  @TempDir Path dataDirectory;

  private final ManualClock clock = ManualClock.at("2026-11-23T12:00:00Z");
  private final List<String> payloads = new CopyOnWriteArrayList<>();
  private final AtomicInteger webhookStatus = new AtomicInteger(200);
  private HttpServer server;
  private Alertmanager alertmanager;

  @BeforeEach
  void startWebhookServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      payloads.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(webhookStatus.get(), -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (alertmanager != null) {
      alertmanager.close();
    }
    server.stop(0);
  }

  private String configYaml() {
    return """
        global: {resolve_timeout: 5m}
        route:
          receiver: team
          group_by: [alertname]
          group_wait: 30s
          group_interval: 5m
          repeat_interval: 4h
          routes:
            - matchers: [severity="page"]
              receiver: pager
        inhibit_rules:
          - source_matchers: [alertname=ClusterDown]
            target_matchers: [alertname=InstanceDown]
            equal: [cluster]
        receivers:
          - name: team
            webhook_configs: [{url: 'http://127.0.0.1:%d/hook'}]
          - name: pager
        """.formatted(server.getAddress().getPort());
  }

  private Alertmanager start() throws IOException {
    AlertmanagerConfig config = AlertmanagerConfigLoader.parse(configYaml(), "am.yml");
    AlertmanagerOptions options = new AlertmanagerOptions(clock, dataDirectory, "http://argus:9090",
        configYaml(), Runnable::run, clock::advanceMillis, false, 60_000, Duration.ofSeconds(5),
        NotificationObserver.NONE, sequentialIds());
    return Alertmanager.start(config, options);
  }

  private static java.util.function.Supplier<String> sequentialIds() {
    AtomicInteger next = new AtomicInteger();
    return () -> "silence-" + next.incrementAndGet();
  }

  private static PostableAlert alert(Map<String, String> labels) {
    return new PostableAlert(labels, Map.of("summary", "it broke"), null, null, "http://prom/graph");
  }

  /** Re-sends the two alerts as Prometheus does on every evaluation, so they keep firing. */
  private PutAlertsResult postInstancesDown() {
    return alertmanager.putAlerts(List.of(
        alert(Map.of("alertname", "InstanceDown", "instance", "a")),
        alert(Map.of("alertname", "InstanceDown", "instance", "b"))));
  }

  @Test
  void postedAlertsAreGroupedAndSentToTheWebhookAfterGroupWait() throws IOException {
    alertmanager = start();
    PutAlertsResult result = postInstancesDown();
    assertThat(result.accepted()).isEqualTo(2);
    assertThat(result.errors()).isEmpty();

    alertmanager.tick();
    assertThat(payloads).isEmpty();
    clock.advanceSeconds(30);
    alertmanager.tick();
    assertThat(payloads).singleElement().satisfies(payload -> {
      assertThat(payload).contains("\"receiver\":\"team\"", "\"status\":\"firing\"",
          "\"groupKey\":\"{}:{alertname=\\\"InstanceDown\\\"}\"", "\"externalURL\":\"http://argus:9090\"",
          "\"instance\":\"a\"", "\"instance\":\"b\"", "\"version\":\"4\"");
    });

    clock.advanceSeconds(240);
    postInstancesDown();
    clock.advanceSeconds(60);
    alertmanager.tick();
    assertThat(payloads).as("nothing changed, repeat interval not reached").hasSize(1);

    alertmanager.putAlerts(List.of(
        new PostableAlert(Map.of("alertname", "InstanceDown", "instance", "a"), Map.of(), null, clock.instant(), ""),
        alert(Map.of("alertname", "InstanceDown", "instance", "b"))));
    clock.advanceSeconds(300);
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown", "instance", "b"))));
    alertmanager.tick();
    assertThat(payloads).hasSize(2);
    assertThat(payloads.get(1)).contains("\"status\":\"resolved\"", "\"status\":\"firing\"");
  }

  @Test
  void alertWithoutEndsAtThatIsNotResentResolvesAndIsNotified() throws IOException {
    alertmanager = start();
    postInstancesDown();
    clock.advanceSeconds(30);
    alertmanager.tick();
    clock.advanceSeconds(300);
    alertmanager.tick();
    assertThat(payloads).hasSize(2);
    assertThat(payloads.get(1)).startsWith("{\"receiver\":\"team\",\"status\":\"resolved\"");
    assertThat(alertmanager.alertGroups(AlertQuery.all())).isEmpty();
  }

  @Test
  void alertsWithoutEndResolveAfterResolveTimeout() throws IOException {
    alertmanager = start();
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "Flappy"))));
    GettableAlert listed = alertmanager.alerts(AlertQuery.all()).getFirst();
    assertThat(listed.startsAt()).isEqualTo(clock.instant());
    assertThat(listed.endsAt()).isEqualTo(clock.instant().plusSeconds(300));
    assertThat(listed.updatedAt()).isEqualTo(clock.instant());
    assertThat(listed.receivers()).containsExactly(new Receiver("team"));
    assertThat(listed.status().state()).isEqualTo("active");
    clock.advanceSeconds(300);
    assertThat(alertmanager.alerts(AlertQuery.all())).as("resolved alerts are not listed").isEmpty();
  }

  @Test
  void invalidAlertsAreReportedAndValidOnesOfTheSameRequestKept() throws IOException {
    alertmanager = start();
    PutAlertsResult result = alertmanager.putAlerts(List.of(
        alert(Map.of()),
        alert(Map.of("alertname", "Good")),
        alert(Map.of("bad-name", "x")),
        new PostableAlert(Map.of("alertname", "Backwards"), Map.of(), Instant.parse("2026-11-23T12:00:00Z"),
            Instant.parse("2026-11-23T11:00:00Z"), ""),
        new PostableAlert(Map.of("alertname", "BadAnnotation"), Map.of("1x", "y"), null, null, "")));
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.errors()).satisfiesExactly(
        error -> assertThat(error).startsWith("alert 0 {}: labels: at least one label pair required"),
        error -> assertThat(error).startsWith("alert 2 {bad-name=x}: labels: invalid name \"bad-name\""),
        error -> assertThat(error).startsWith("alert 3 {alertname=Backwards}: endsAt: start time must be before end time"),
        error -> assertThat(error).startsWith("alert 4 {alertname=BadAnnotation}: annotations: invalid name \"1x\""));
    assertThat(alertmanager.alerts(AlertQuery.all())).extracting(a -> a.labels().get("alertname"))
        .containsExactly("Good");
  }

  @Test
  void silencesSuppressAlertsInListsAndNotifications() throws IOException {
    alertmanager = start();
    String id = alertmanager.createOrUpdateSilence(new PostableSilence(null,
        List.of(new ApiMatcher("instance", "a", false, true)), clock.instant(),
        clock.instant().plusSeconds(3600), "alice", "maintenance"));
    assertThat(id).isEqualTo("silence-1");
    alertmanager.putAlerts(List.of(
        alert(Map.of("alertname", "InstanceDown", "instance", "a")),
        alert(Map.of("alertname", "InstanceDown", "instance", "b"))));

    List<GettableAlert> alerts = alertmanager.alerts(AlertQuery.all());
    assertThat(alerts).filteredOn(a -> a.labels().get("instance").equals("a")).singleElement()
        .satisfies(a -> {
          assertThat(a.status().state()).isEqualTo("suppressed");
          assertThat(a.status().silencedBy()).containsExactly(id);
        });
    assertThat(alertmanager.alerts(new AlertQuery(List.of(), true, false, true, true, null)))
        .extracting(a -> a.labels().get("instance")).containsExactly("b");
    assertThat(alertmanager.alerts(new AlertQuery(List.of("instance=~\"a|b\"", "alertname=InstanceDown"),
        false, true, true, true, null))).extracting(a -> a.labels().get("instance")).containsExactly("a");

    clock.advanceSeconds(30);
    alertmanager.tick();
    assertThat(payloads).singleElement().satisfies(payload -> {
      assertThat(payload).contains("\"instance\":\"b\"");
      assertThat(payload).doesNotContain("\"instance\":\"a\"");
    });

    GettableSilence silence = alertmanager.silence(id);
    assertThat(silence.status().state()).isEqualTo("active");
    assertThat(silence.matchers()).containsExactly(new ApiMatcher("instance", "a", false, true));
    alertmanager.expireSilence(id);
    assertThat(alertmanager.silences(List.of()).getFirst().status().state()).isEqualTo("expired");
    assertThat(alertmanager.silences(List.of("instance=a"))).hasSize(1);
    assertThat(alertmanager.silences(List.of("instance=b"))).isEmpty();
    assertThat(alertmanager.silences(List.of("instance=~a"))).as("operators must be equal too").isEmpty();
    assertThatThrownBy(() -> alertmanager.silence("nope")).isInstanceOf(SilenceNotFoundException.class);
  }

  @Test
  void inhibitedAlertsAreMarkedAndGroupsListed() throws IOException {
    alertmanager = start();
    alertmanager.putAlerts(List.of(
        alert(Map.of("alertname", "ClusterDown", "cluster", "eu")),
        alert(Map.of("alertname", "InstanceDown", "cluster", "eu", "instance", "a")),
        alert(Map.of("alertname", "InstanceDown", "cluster", "us", "instance", "b")),
        alert(Map.of("alertname", "Disk", "severity", "page"))));
    List<GettableAlert> inhibited = alertmanager.alerts(new AlertQuery(List.of("alertname=InstanceDown"),
        false, true, true, true, null));
    assertThat(inhibited).singleElement().satisfies(a -> {
      assertThat(a.labels()).containsEntry("cluster", "eu");
      assertThat(a.status().inhibitedBy()).hasSize(1);
    });

    List<AlertGroup> groups = alertmanager.alertGroups(AlertQuery.all());
    assertThat(groups).extracting(g -> g.labels().get("alertname") + "->" + g.receiver().name())
        .containsExactly("ClusterDown->team", "Disk->pager", "InstanceDown->team");
    assertThat(alertmanager.alertGroups(new AlertQuery(List.of(), true, true, true, true, "pag.*")))
        .singleElement().extracting(g -> g.receiver().name()).isEqualTo("pager");
    assertThat(alertmanager.receivers()).containsExactly(new Receiver("team"), new Receiver("pager"));
    assertThatThrownBy(() -> alertmanager.alerts(new AlertQuery(List.of("a=\"b"), true, true, true, true, null)))
        .isInstanceOf(InvalidMatcherException.class);
  }

  @Test
  void silencesAndNotificationLogSurviveARestart() throws IOException {
    alertmanager = start();
    alertmanager.createOrUpdateSilence(new PostableSilence(null,
        List.of(new ApiMatcher("alertname", "Muted.*", true, true)), clock.instant(),
        clock.instant().plusSeconds(7200), "bob", "deploy"));
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown", "instance", "a"))));
    clock.advanceSeconds(30);
    alertmanager.tick();
    assertThat(payloads).hasSize(1);
    alertmanager.close();
    alertmanager = null;
    assertThat(dataDirectory.resolve("silences")).exists();
    assertThat(dataDirectory.resolve("nflog")).exists();

    clock.advanceSeconds(60);
    alertmanager = start();
    assertThat(alertmanager.silences(List.of())).singleElement().satisfies(silence -> {
      assertThat(silence.createdBy()).isEqualTo("bob");
      assertThat(silence.status().state()).isEqualTo("active");
    });
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown", "instance", "a"))));
    clock.advanceSeconds(30);
    alertmanager.tick();
    assertThat(payloads).as("the notification log remembers the group was notified").hasSize(1);
  }

  @Test
  void corruptStateFileIsReportedAtStart() throws IOException {
    Files.write(dataDirectory.resolve("silences"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    assertThatThrownBy(this::start).isInstanceOf(CorruptSnapshotException.class)
        .hasMessageContaining("silences");
  }

  @Test
  void failingWebhookIsRetriedWithinTheFlush() throws IOException {
    alertmanager = start();
    webhookStatus.set(500);
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown"))));
    clock.advanceSeconds(30);
    alertmanager.tick();
    int attempts = payloads.size();
    assertThat(attempts).as("retried with backoff until the group interval elapsed").isGreaterThan(3);
    webhookStatus.set(200);
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown"))));
    clock.advanceMillis(Instant.parse("2026-11-23T12:05:30Z").toEpochMilli() - clock.millis());
    alertmanager.tick();
    assertThat(payloads).as("the next flush sends again, as nothing was logged").hasSize(attempts + 1);
  }

  @Test
  void invalidSilenceIsRefused() throws IOException {
    alertmanager = start();
    assertThatThrownBy(() -> alertmanager.createOrUpdateSilence(new PostableSilence(null,
        List.of(new ApiMatcher("a", ".*", true, true)), clock.instant(), clock.instant().plusSeconds(60), "", "")))
        .isInstanceOf(InvalidSilenceException.class)
        .hasMessageContaining("must not match the empty string");
    assertThatThrownBy(() -> alertmanager.createOrUpdateSilence(new PostableSilence(null,
        List.of(new ApiMatcher("a", "b", false, true)), clock.instant(), clock.instant(), "", "")))
        .hasMessageContaining("start time must be before end time");
  }

  @Test
  void reloadReroutesAlertsAndKeepsStatusConfig() throws IOException {
    alertmanager = start();
    alertmanager.putAlerts(List.of(alert(Map.of("alertname", "InstanceDown", "severity", "page"))));
    assertThat(alertmanager.alerts(AlertQuery.all()).getFirst().receivers()).containsExactly(new Receiver("pager"));
    String reloaded = configYaml().replace("receiver: pager", "receiver: team");
    alertmanager.reload(AlertmanagerConfigLoader.parse(reloaded, "am.yml"), reloaded);
    assertThat(alertmanager.alerts(AlertQuery.all()).getFirst().receivers()).containsExactly(new Receiver("team"));
    assertThat(alertmanager.status().config()).containsEntry("original", reloaded);
    assertThat(alertmanager.status().cluster()).containsEntry("status", "disabled");
  }
}
