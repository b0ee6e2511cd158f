package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.notify.GroupNotification;
import io.argus.alertmanager.route.Route;
import io.argus.alertmanager.route.RouteOptions;
import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Sorts alerts into aggregation groups and flushes due groups. {@link #process} routes an alert
 * and inserts it into the group of each matching route (created on first use); {@link #flushDue}
 * starts the flush of every group whose time has come, on {@code flushExecutor}, so a slow
 * receiver delays only its own group. A group is never flushed twice at once. Alertmanager gives a
 * flush until the next group interval (at least 10 s) to finish its retries; so does this.
 * Thread-safe.
 */
public final class Dispatcher {

  /** Alertmanager's floor for a flush's deadline ({@code notify.MinTimeout}). */
  static final long MIN_FLUSH_TIMEOUT_MILLIS = 10_000L;

  private final Route tree;
  private final GroupNotifier notifier;
  private final InstantSource clock;
  private final Executor flushExecutor;
  private final Map<String, AggregationGroup> groups = new HashMap<>();

  public Dispatcher(Route tree, GroupNotifier notifier, InstantSource clock, Executor flushExecutor) {
    this.tree = tree;
    this.notifier = notifier;
    this.clock = clock;
    this.flushExecutor = flushExecutor;
  }

  /** Routes {@code alert} and adds it to the aggregation group of every route it matches. */
  public void process(Alert alert) {
    List<Route> routes = tree.match(alert.labels());
    synchronized (this) {
      long now = clock.millis();
      for (Route route : routes) {
        Labels groupLabels = groupLabels(alert.labels(), route.options());
        String id = route.id() + ":" + groupLabels;
        groups.computeIfAbsent(id, unused -> new AggregationGroup(route, groupLabels, now))
            .insert(alert, now);
      }
      notifyAll();
    }
  }

  /** Starts flushing every due group and returns how many flushes were started. */
  public int flushDue() {
    List<AggregationGroup> due = new ArrayList<>();
    List<List<Alert>> snapshots = new ArrayList<>();
    long now;
    synchronized (this) {
      now = clock.millis();
      for (AggregationGroup group : groups.values()) {
        if (group.isDue(now)) {
          due.add(group);
          snapshots.add(group.beginFlush(now));
        }
      }
    }
    for (int i = 0; i < due.size(); i++) {
      AggregationGroup group = due.get(i);
      List<Alert> alerts = snapshots.get(i);
      long flushNow = now;
      flushExecutor.execute(() -> flush(group, alerts, flushNow));
    }
    return due.size();
  }

  private void flush(AggregationGroup group, List<Alert> alerts, long now) {
    RouteOptions options = group.route().options();
    boolean succeeded = false;
    try {
      long deadline = now + Math.max(options.groupIntervalMillis(), MIN_FLUSH_TIMEOUT_MILLIS);
      succeeded = notifier.notify(new GroupNotification(options.receiver(), group.groupKey(),
          group.groupLabels(), alerts, now, deadline, options.repeatIntervalMillis(),
          options.muteTimeIntervals(), options.activeTimeIntervals()));
    } finally {
      synchronized (this) {
        group.endFlush(alerts, succeeded, now);
        if (group.isEmpty()) {
          groups.values().remove(group);
        }
        notifyAll();
      }
    }
  }

  /** When the next group becomes due (epoch ms), or {@link Long#MAX_VALUE} when none will. */
  public synchronized long nextFlushMillis() {
    long next = Long.MAX_VALUE;
    for (AggregationGroup group : groups.values()) {
      if (!group.isFlushing() && !group.isEmpty()) {
        next = Math.min(next, group.nextFlushMillis());
      }
    }
    return next;
  }

  /**
   * Blocks until an alert arrives, a flush ends, or {@code maxWaitMillis} of real time pass; used
   * by the background loop between {@link #flushDue} calls.
   */
  public synchronized void awaitChange(long maxWaitMillis) throws InterruptedException {
    if (maxWaitMillis > 0) {
      wait(maxWaitMillis);
    }
  }

  /** Snapshots of all groups. */
  public synchronized List<GroupView> groups() {
    List<GroupView> views = new ArrayList<>(groups.size());
    for (AggregationGroup group : groups.values()) {
      views.add(new GroupView(group.route(), group.groupLabels(), group.groupKey(), group.alerts()));
    }
    return views;
  }

  private static Labels groupLabels(Labels labels, RouteOptions options) {
    if (options.groupByAll()) {
      return labels;
    }
    LabelsBuilder builder = new LabelsBuilder();
    for (String name : options.groupBy()) {
      builder.set(name, labels.get(name));
    }
    return builder.build();
  }
}
