package io.argus.alertmanager.notify;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.alert.Fingerprint;
import io.argus.alertmanager.inhibit.Inhibitor;
import io.argus.alertmanager.silence.Silences;
import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Alertmanager's notification pipeline for one receiver: drop inhibited alerts; stop outside the
 * route's active time intervals or inside its mute time intervals; drop silenced alerts; then for
 * each integration of the receiver, concurrently: skip when the notification log shows the
 * receiver already knows this state and the repeat interval has not passed; leave out resolved
 * alerts unless {@code send_resolved}; deliver with retries; log what was sent. Thread-safe if its
 * collaborators are.
 */
public final class NotificationPipeline {

  private final Inhibitor inhibitor;
  private final Silences silences;
  private final Map<String, NamedTimeInterval> timeIntervals;
  private final Map<String, List<Notifier>> notifiersByReceiver;
  private final NotificationLog log;
  private final Retrier retrier;
  private final Executor integrationExecutor;
  private final NotificationObserver observer;
  private final String externalUrl;

  public NotificationPipeline(Inhibitor inhibitor, Silences silences,
      Map<String, NamedTimeInterval> timeIntervals, Map<String, List<Notifier>> notifiersByReceiver,
      NotificationLog log, Retrier retrier, Executor integrationExecutor,
      NotificationObserver observer, String externalUrl) {
    this.inhibitor = inhibitor;
    this.silences = silences;
    this.timeIntervals = Map.copyOf(timeIntervals);
    this.notifiersByReceiver = Map.copyOf(notifiersByReceiver);
    this.log = log;
    this.retrier = retrier;
    this.integrationExecutor = integrationExecutor;
    this.observer = observer;
    this.externalUrl = externalUrl;
  }

  /**
   * Runs the pipeline for one flush and returns whether every integration succeeded (or had
   * nothing to do); only then may the group forget the resolved alerts it just reported.
   */
  public boolean notify(GroupNotification flush) {
    long now = flush.nowMillis();
    List<Alert> alerts = new ArrayList<>(flush.alerts().size());
    for (Alert alert : flush.alerts()) {
      if (inhibitor.inhibitingFingerprints(alert.labels(), now).isEmpty()) {
        alerts.add(alert);
      }
    }
    if (alerts.isEmpty() || !insideActiveIntervals(flush, now) || insideMuteIntervals(flush, now)) {
      return true;
    }
    alerts.removeIf(alert -> !silences.mutingSilenceIds(alert.labels(), now).isEmpty());
    if (alerts.isEmpty()) {
      return true;
    }
    List<Notifier> notifiers = notifiersByReceiver.getOrDefault(flush.receiver(), List.of());
    if (notifiers.size() == 1) {
      // The common case: no fan-out, so no extra thread; the flush already has its own.
      return notifyIntegration(flush, alerts, notifiers.getFirst(), 0);
    }
    List<CompletableFuture<Boolean>> results = new ArrayList<>(notifiers.size());
    for (int index = 0; index < notifiers.size(); index++) {
      Notifier notifier = notifiers.get(index);
      int integrationIndex = index;
      results.add(CompletableFuture.supplyAsync(
          () -> notifyIntegration(flush, alerts, notifier, integrationIndex), integrationExecutor));
    }
    boolean allSucceeded = true;
    for (CompletableFuture<Boolean> result : results) {
      allSucceeded &= result.join();
    }
    return allSucceeded;
  }

  private boolean insideActiveIntervals(GroupNotification flush, long now) {
    if (flush.activeTimeIntervals().isEmpty()) {
      return true;
    }
    return anyContains(flush.activeTimeIntervals(), now);
  }

  private boolean insideMuteIntervals(GroupNotification flush, long now) {
    return anyContains(flush.muteTimeIntervals(), now);
  }

  private boolean anyContains(List<String> names, long now) {
    Instant instant = Instant.ofEpochMilli(now);
    for (String name : names) {
      NamedTimeInterval interval = timeIntervals.get(name);
      if (interval != null && interval.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  private boolean notifyIntegration(
      GroupNotification flush, List<Alert> alerts, Notifier notifier, int index) {
    long now = flush.nowMillis();
    List<Long> firingList = new ArrayList<>();
    List<Long> resolvedList = new ArrayList<>();
    for (Alert alert : alerts) {
      (alert.resolvedAt(now) ? resolvedList : firingList).add(alert.fingerprint());
    }
    long[] firing = firingList.stream().mapToLong(Long::longValue).toArray();
    long[] resolved = resolvedList.stream().mapToLong(Long::longValue).toArray();
    NotificationLog.Key key = new NotificationLog.Key(
        flush.groupKey(), flush.receiver(), notifier.integrationName(), index);
    if (!needsUpdate(log.get(key), firing, resolved, notifier.sendResolved(), flush.repeatIntervalMillis(), now)) {
      return true;
    }
    List<AlertData> sent = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      boolean isResolved = alert.resolvedAt(now);
      if (isResolved && !notifier.sendResolved()) {
        continue;
      }
      sent.add(new AlertData(isResolved ? "resolved" : "firing", alert.labels(), alert.annotations(),
          alert.startsAtMillis(), isResolved ? alert.endsAtMillis() : 0, alert.generatorUrl(),
          Fingerprint.toHex(alert.fingerprint())));
    }
    if (sent.isEmpty()) {
      // Only resolved alerts and no send_resolved: nothing to send, but the log must learn that
      // the receiver's firing alerts are gone, as Alertmanager records it.
      log.log(key, firing, resolved, now);
      return true;
    }
    NotificationData data =
        NotificationData.of(flush.receiver(), sent, flush.groupLabels(), externalUrl, flush.groupKey());
    long started = System.nanoTime();
    Retrier.Result result = retrier.run(() -> notifier.deliver(data, sent), flush.deadlineMillis());
    observer.delivered(flush.receiver(), notifier.integrationName(), result.outcome(),
        result.attempts(), System.nanoTime() - started);
    if (result.outcome() instanceof DeliveryOutcome.Delivered) {
      log.log(key, firing, resolved, now);
      return true;
    }
    return false;
  }

  /** Alertmanager's deduplication rule ({@code DedupStage.needsUpdate}). */
  static boolean needsUpdate(NotificationLog.Entry entry, long[] firing, long[] resolved,
      boolean sendResolved, long repeatIntervalMillis, long nowMillis) {
    if (entry == null) {
      return firing.length > 0;
    }
    if (!entry.firingContainsAll(firing)) {
      return true;
    }
    if (firing.length == 0) {
      // All alerts resolved: tell the receiver only if it was told some were firing.
      return entry.firingFingerprints().length > 0;
    }
    if (sendResolved && !entry.resolvedContainsAll(resolved)) {
      return true;
    }
    // Strictly before, as Alertmanager: a repeat due exactly at a flush waits for the next one.
    return entry.timestampMillis() < nowMillis - repeatIntervalMillis;
  }
}
