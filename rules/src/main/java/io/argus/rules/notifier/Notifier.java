package io.argus.rules.notifier;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.rules.evaluation.AlertSnapshot;
import io.argus.rules.evaluation.NotifyFunction;
import io.argus.rules.template.PrometheusFunctions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queues alerts and sends them to Alertmanagers in batches on one virtual thread, as Prometheus'
 * {@code notifier.Manager}: when the queue is full the oldest alerts are dropped; each batch goes
 * to every Alertmanager concurrently and counts as sent when at least one accepted it, as dropped
 * otherwise. Thread-safe.
 */
public final class Notifier implements AutoCloseable {

  private final NotifierOptions options;
  private final HttpClient client;
  private final ArrayDeque<NotifierAlert> queue = new ArrayDeque<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Thread sender;
  private volatile List<AlertmanagerTarget> targets;
  private boolean closed;

  public Notifier(NotifierOptions options, List<AlertmanagerTarget> targets) {
    this.options = options;
    this.targets = List.copyOf(targets);
    this.client = HttpClient.newBuilder().connectTimeout(options.timeout()).build();
    this.sender = Thread.ofVirtual().name("argus-notifier").start(this::run);
  }

  /** Replaces the Alertmanagers (on reload or service discovery change). */
  public void setTargets(List<AlertmanagerTarget> newTargets) {
    targets = List.copyOf(newTargets);
  }

  /**
   * A {@link NotifyFunction} for rule groups: Prometheus' {@code sendAlerts}, with {@code startsAt}
   * the firing time, {@code endsAt} the resolve time or the validity of a firing alert, and the
   * generator URL the external URL plus the rule's table link.
   */
  public NotifyFunction notifyFunction(String externalUrl) {
    return (expr, alerts) -> {
      List<NotifierAlert> converted = new ArrayList<>(alerts.size());
      for (AlertSnapshot alert : alerts) {
        long endsAt = alert.resolvedAtMillis() != AlertSnapshot.NO_TIME
            ? alert.resolvedAtMillis()
            : alert.validUntilMillis();
        converted.add(new NotifierAlert(
            alert.labels(),
            alert.annotations(),
            alert.firedAtMillis(),
            endsAt,
            externalUrl + PrometheusFunctions.tableLink(expr)));
      }
      send(converted);
    };
  }

  /** Queues alerts after adding external labels and relabeling; the oldest drop when full. */
  public void send(List<NotifierAlert> alerts) {
    List<NotifierAlert> prepared = new ArrayList<>(alerts.size());
    for (NotifierAlert alert : alerts) {
      Labels labels = withExternalLabels(alert.labels());
      labels = options.relabel().apply(labels);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      prepared.add(new NotifierAlert(labels, alert.annotations(), alert.startsAtMillis(), alert.endsAtMillis(), alert.generatorUrl()));
    }
    synchronized (queue) {
      if (closed) {
        dropped.addAndGet(prepared.size());
        return;
      }
      for (NotifierAlert alert : prepared) {
        if (queue.size() >= options.queueCapacity()) {
          queue.pollFirst();
          dropped.incrementAndGet();
        }
        queue.addLast(alert);
      }
      queue.notifyAll();
    }
  }

  private Labels withExternalLabels(Labels labels) {
    if (options.externalLabels().isEmpty()) {
      return labels;
    }
    LabelsBuilder builder = labels.toBuilder();
    for (Map.Entry<String, String> entry : options.externalLabels().entrySet()) {
      if (!labels.has(entry.getKey())) {
        builder.set(entry.getKey(), entry.getValue());
      }
    }
    return builder.build();
  }

  private void run() {
    while (true) {
      List<NotifierAlert> batch = new ArrayList<>();
      synchronized (queue) {
        while (queue.isEmpty() && !closed) {
          try {
            queue.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (queue.isEmpty()) {
          return;
        }
        while (!queue.isEmpty() && batch.size() < options.maxBatchSize()) {
          batch.add(queue.pollFirst());
        }
      }
      deliver(batch);
    }
  }

  private void deliver(List<NotifierAlert> batch) {
    List<AlertmanagerTarget> current = targets;
    if (current.isEmpty()) {
      dropped.addAndGet(batch.size());
      return;
    }
    byte[] body = AlertJson.encode(batch).getBytes(StandardCharsets.UTF_8);
    List<Thread> threads = new ArrayList<>();
    AtomicLong successes = new AtomicLong();
    for (AlertmanagerTarget target : current) {
      threads.add(Thread.ofVirtual().start(() -> {
        if (post(target, body)) {
          successes.incrementAndGet();
        } else {
          errors.incrementAndGet();
        }
      }));
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (successes.get() > 0) {
      sent.addAndGet(batch.size());
    } else {
      dropped.addAndGet(batch.size());
    }
  }

  private boolean post(AlertmanagerTarget target, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(target.alertsUrl())
        .timeout(options.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "Argus")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (target.authorization() != null) {
      request.header("Authorization", target.authorization());
    }
    try {
      HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() / 100 == 2;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code argus_notifications_sent_total}: alerts accepted by at least one Alertmanager. */
  public long sentTotal() {
    return sent.get();
  }

  /** {@code argus_notifications_dropped_total}: alerts dropped (queue overflow or all sends failed). */
  public long droppedTotal() {
    return dropped.get();
  }

  /** {@code argus_notifications_errors_total}: failed requests, one per Alertmanager and batch. */
  public long errorsTotal() {
    return errors.get();
  }

  /** {@code argus_notifications_queue_length} */
  public int queueLength() {
    synchronized (queue) {
      return queue.size();
    }
  }

  /** {@code argus_notifications_queue_capacity} */
  public int queueCapacity() {
    return options.queueCapacity();
  }

  /** Sends what is queued, then stops. */
  @Override
  public void close() {
    synchronized (queue) {
      if (closed) {
        return;
      }
      closed = true;
      queue.notifyAll();
    }
    try {
      sender.join(options.timeout().toMillis() * 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.close();
  }
}
