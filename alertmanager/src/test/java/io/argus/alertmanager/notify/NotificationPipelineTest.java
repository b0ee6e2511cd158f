package io.argus.alertmanager.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.ManualClock;
import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.config.InhibitRuleConfig;
import io.argus.alertmanager.inhibit.Inhibitor;
import io.argus.alertmanager.matcher.MatcherParser;
import io.argus.alertmanager.matcher.MatcherSet;
import io.argus.alertmanager.silence.Silence;
import io.argus.alertmanager.silence.Silences;
import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import io.argus.alertmanager.timeinterval.TimeInterval;
import io.argus.alertmanager.timeinterval.TimeIntervalParser;
import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPipelineTest {

  private static final long MINUTE = 60_000L;
  private static final long REPEAT = 60 * MINUTE;

  // 2026-11-23 is a Monday.
  private final ManualClock clock = ManualClock.at("2026-11-23T12:00:00Z");
  private final Silences silences = new Silences(clock);
  private final NotificationLog log = new NotificationLog(clock, NotificationLog.DEFAULT_RETENTION_MILLIS);
  private final List<Long> sleeps = new ArrayList<>();
  private final Retrier retrier = new Retrier(clock, millis -> {
    sleeps.add(millis);
    clock.advanceMillis(millis);
  }, 1_000, 8_000);
  private Inhibitor inhibitor = new Inhibitor(List.of());

  private NotificationPipeline pipeline(Notifier... notifiers) {
    NamedTimeInterval weekends = new NamedTimeInterval("weekends", List.of(new TimeInterval(List.of(),
        List.of(TimeIntervalParser.weekdays("saturday"), TimeIntervalParser.weekdays("sunday")), List.of(), List.of(), List.of(), ZoneOffset.UTC)));
    return new NotificationPipeline(inhibitor, silences, Map.of("weekends", weekends),
        Map.of("team", List.of(notifiers)), log, retrier, Runnable::run, NotificationObserver.NONE,
        "http://am.example/");
  }

  private Alert alert(String name, long endsAt) {
    return new Alert(Labels.of("alertname", name), Labels.of("summary", "s"), clock.millis() - MINUTE,
        endsAt, clock.millis(), "http://prom/graph", false);
  }

  private GroupNotification flush(List<Alert> alerts, List<String> mute, List<String> active) {
    return new GroupNotification("team", "{}:{}", Labels.empty(), alerts, clock.millis(),
        clock.millis() + 5 * MINUTE, REPEAT, mute, active);
  }

  private GroupNotification flush(Alert... alerts) {
    return flush(List.of(alerts), List.of(), List.of());
  }

  @Test
  void sendsNewGroupThenDeduplicatesUntilRepeatInterval() {
    RecordingNotifier notifier = new RecordingNotifier(true);
    NotificationPipeline pipeline = pipeline(notifier);
    Alert firing = alert("A", 0);
    assertThat(pipeline.notify(flush(firing))).isTrue();
    assertThat(notifier.received()).hasSize(1);
    NotificationData data = notifier.received().getFirst();
    assertThat(data.status()).isEqualTo("firing");
    assertThat(data.externalUrl()).isEqualTo("http://am.example/");
    assertThat(data.commonAnnotations()).isEqualTo(Labels.of("summary", "s"));

    clock.advanceMillis(5 * MINUTE);
    pipeline.notify(flush(firing));
    assertThat(notifier.received()).hasSize(1);

    clock.advanceMillis(REPEAT - 5 * MINUTE);
    pipeline.notify(flush(firing));
    assertThat(notifier.received()).as("exactly one repeat interval later is not yet due").hasSize(1);
    clock.advanceMillis(5 * MINUTE);
    pipeline.notify(flush(firing));
    assertThat(notifier.received()).hasSize(2);
  }

  @Test
  void newFiringAlertIsSentAtOnceAndResolvedOnlyWithSendResolved() {
    RecordingNotifier withResolved = new RecordingNotifier(true);
    RecordingNotifier withoutResolved = new RecordingNotifier(false);
    NotificationPipeline pipeline = pipeline(withResolved, withoutResolved);
    Alert a = alert("A", 0);
    pipeline.notify(flush(a));
    clock.advanceMillis(MINUTE);
    Alert b = alert("B", 0);
    pipeline.notify(flush(a, b));
    assertThat(withResolved.received()).hasSize(2);
    assertThat(withoutResolved.received()).hasSize(2);

    clock.advanceMillis(MINUTE);
    Alert bResolved = b.withEndsAt(clock.millis() - 1);
    pipeline.notify(flush(a, bResolved));
    assertThat(withResolved.received()).hasSize(3);
    assertThat(withResolved.received().get(2).alerts()).extracting(AlertData::status)
        .containsExactly("firing", "resolved");
    assertThat(withoutResolved.received()).as("a resolved alert alone is no news without send_resolved").hasSize(2);

    clock.advanceMillis(MINUTE);
    Alert aResolved = a.withEndsAt(clock.millis() - 1);
    pipeline.notify(flush(aResolved, bResolved));
    assertThat(withResolved.received()).hasSize(4);
    assertThat(withResolved.received().get(3).status()).isEqualTo("resolved");
    assertThat(withoutResolved.received()).as("nothing left to send").hasSize(2);
  }

  @Test
  void onlyResolvedAlertsNeverNotifiedAreNotSent() {
    RecordingNotifier notifier = new RecordingNotifier(true);
    assertThat(pipeline(notifier).notify(flush(alert("A", clock.millis() - 1)))).isTrue();
    assertThat(notifier.received()).isEmpty();
  }

  @Test
  void silencedAndInhibitedAlertsAreDropped() {
    silences.set(new Silence("", List.of(Matcher.equal("alertname", "A")), clock.millis(),
        clock.millis() + REPEAT, 0, "me", ""));
    inhibitor = new Inhibitor(List.of(new InhibitRuleConfig(
        MatcherSet.of(MatcherParser.parseMatchers("alertname=Source")),
        MatcherSet.of(MatcherParser.parseMatchers("alertname=B")), List.of(), null)));
    inhibitor.observe(alert("Source", 0));
    RecordingNotifier notifier = new RecordingNotifier(true);
    NotificationPipeline pipeline = pipeline(notifier);
    pipeline.notify(flush(alert("A", 0), alert("B", 0), alert("C", 0)));
    assertThat(notifier.received()).hasSize(1);
    assertThat(notifier.received().getFirst().alerts()).extracting(a -> a.labels().get("alertname"))
        .containsExactly("C");
    assertThat(pipeline.notify(flush(alert("A", 0), alert("B", 0)))).isTrue();
    assertThat(notifier.received()).hasSize(1);
  }

  @Test
  void muteAndActiveTimeIntervalsGateTheWholeGroup() {
    RecordingNotifier notifier = new RecordingNotifier(true);
    NotificationPipeline pipeline = pipeline(notifier);
    pipeline.notify(flush(List.of(alert("A", 0)), List.of(), List.of("weekends")));
    assertThat(notifier.received()).as("Monday is outside the active interval").isEmpty();
    pipeline.notify(flush(List.of(alert("A", 0)), List.of("weekends"), List.of()));
    assertThat(notifier.received()).as("Monday is outside the mute interval").hasSize(1);
    clock.advanceMillis(5 * 24 * 60 * MINUTE); // Saturday
    pipeline.notify(flush(List.of(alert("B", 0)), List.of("weekends"), List.of()));
    assertThat(notifier.received()).hasSize(1);
  }

  @Test
  void retriesRetryableFailuresWithExponentialBackoffUntilSuccess() {
    RecordingNotifier notifier = new RecordingNotifier(true).answering(
        new DeliveryOutcome.Failed(true, "serverError", "503"),
        new DeliveryOutcome.Failed(true, "other", "connection refused"),
        new DeliveryOutcome.Failed(true, "serverError", "503"));
    assertThat(pipeline(notifier).notify(flush(alert("A", 0)))).isTrue();
    assertThat(notifier.received()).hasSize(4);
    assertThat(sleeps).containsExactly(1_000L, 2_000L, 4_000L);
  }

  @Test
  void permanentFailureIsNotRetriedAndNotLogged() {
    RecordingNotifier notifier = new RecordingNotifier(true).answering(
        new DeliveryOutcome.Failed(false, "clientError", "400"));
    NotificationPipeline pipeline = pipeline(notifier);
    assertThat(pipeline.notify(flush(alert("A", 0)))).isFalse();
    assertThat(notifier.received()).hasSize(1);
    assertThat(sleeps).isEmpty();
    assertThat(pipeline.notify(flush(alert("A", 0)))).as("not logged, so tried again").isTrue();
    assertThat(notifier.received()).hasSize(2);
  }

  @Test
  void retriesStopAtTheDeadline() {
    RecordingNotifier notifier = new RecordingNotifier(true);
    for (int i = 0; i < 100; i++) {
      notifier.answering(new DeliveryOutcome.Failed(true, "serverError", "500"));
    }
    assertThat(pipeline(notifier).notify(flush(alert("A", 0)))).isFalse();
    // 1 + 2 + 4 + 8 + 8 + 8 + 8 + 8 + 8 + 8 = 63 s of backoff fit in the 5-minute deadline … up to 300 s.
    long slept = sleeps.stream().mapToLong(Long::longValue).sum();
    assertThat(slept).isLessThanOrEqualTo(5 * MINUTE);
    assertThat(slept + 8_000).isGreaterThan(5 * MINUTE);
    assertThat(sleeps.getLast()).isEqualTo(8_000L);
  }

  @Test
  void dedupRuleTable() {
    NotificationLog.Entry firingAB = new NotificationLog.Entry(new long[] {1, 2}, new long[0], 0, Long.MAX_VALUE);
    NotificationLog.Entry resolvedAll = new NotificationLog.Entry(new long[0], new long[] {1}, 0, Long.MAX_VALUE);
    long now = 1_000;
    assertThat(NotificationPipeline.needsUpdate(null, new long[] {1}, new long[0], true, 5_000, now)).isTrue();
    assertThat(NotificationPipeline.needsUpdate(null, new long[0], new long[] {1}, true, 5_000, now)).isFalse();
    assertThat(NotificationPipeline.needsUpdate(firingAB, new long[] {3}, new long[0], true, 5_000, now)).isTrue();
    assertThat(NotificationPipeline.needsUpdate(firingAB, new long[] {1}, new long[] {2}, true, 5_000, now)).isTrue();
    assertThat(NotificationPipeline.needsUpdate(firingAB, new long[] {1}, new long[] {2}, false, 5_000, now)).isFalse();
    assertThat(NotificationPipeline.needsUpdate(firingAB, new long[0], new long[] {1, 2}, false, 5_000, now)).isTrue();
    assertThat(NotificationPipeline.needsUpdate(resolvedAll, new long[0], new long[] {1}, true, 5_000, now)).isFalse();
    assertThat(NotificationPipeline.needsUpdate(firingAB, new long[] {1, 2}, new long[0], true, 500, now)).isTrue();
  }
}
