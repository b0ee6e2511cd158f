package io.argus.alertmanager.notify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A notifier that records what it is asked to send and answers with queued outcomes. */
public final class RecordingNotifier implements Notifier {

  private final boolean sendResolved;
  private final Deque<DeliveryOutcome> outcomes = new ArrayDeque<>();
  private final List<NotificationData> received = new ArrayList<>();

  public RecordingNotifier(boolean sendResolved) {
    this.sendResolved = sendResolved;
  }

  /** The outcomes of the next attempts, in order; once used up, attempts succeed. */
  public RecordingNotifier answering(DeliveryOutcome... next) {
    outcomes.addAll(List.of(next));
    return this;
  }

  public synchronized List<NotificationData> received() {
    return List.copyOf(received);
  }

  @Override
  public String integrationName() {
    return "recording";
  }

  @Override
  public boolean sendResolved() {
    return sendResolved;
  }

  @Override
  public synchronized DeliveryOutcome deliver(NotificationData data, List<AlertData> alerts) {
    received.add(data);
    DeliveryOutcome next = outcomes.poll();
    return next == null ? new DeliveryOutcome.Delivered() : next;
  }
}
