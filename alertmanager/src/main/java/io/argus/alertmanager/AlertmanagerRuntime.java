package io.argus.alertmanager;

import io.argus.alertmanager.config.AlertmanagerConfig;
import io.argus.alertmanager.config.EmailConfig;
import io.argus.alertmanager.config.ReceiverConfig;
import io.argus.alertmanager.config.WebhookConfig;
import io.argus.alertmanager.dispatch.Dispatcher;
import io.argus.alertmanager.email.EmailNotifier;
import io.argus.alertmanager.inhibit.Inhibitor;
import io.argus.alertmanager.notify.NotificationLog;
import io.argus.alertmanager.notify.NotificationPipeline;
import io.argus.alertmanager.notify.Notifier;
import io.argus.alertmanager.notify.Retrier;
import io.argus.alertmanager.route.Route;
import io.argus.alertmanager.silence.Silences;
import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import io.argus.alertmanager.webhook.WebhookNotifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an Alertmanager that a configuration determines: routing tree, inhibitor,
 * receivers, pipeline and dispatcher. A reload builds a new one and swaps it in; silences, the
 * notification log and the alert store outlive it.
 */
record AlertmanagerRuntime(AlertmanagerConfig config, Route tree, Inhibitor inhibitor,
    Dispatcher dispatcher, List<Notifier> notifiers) {

  /** Retries start after one second and back off to at most a minute between attempts. */
  static final long INITIAL_BACKOFF_MILLIS = 1_000L;
  static final long MAX_BACKOFF_MILLIS = 60_000L;

  static AlertmanagerRuntime build(AlertmanagerConfig config, AlertmanagerOptions options,
      Silences silences, NotificationLog log) {
    Route tree = Route.tree(config.route());
    Inhibitor inhibitor = new Inhibitor(config.inhibitRules());
    Map<String, NamedTimeInterval> intervals = new HashMap<>();
    for (NamedTimeInterval interval : config.timeIntervals()) {
      intervals.put(interval.name(), interval);
    }
    Map<String, List<Notifier>> notifiers = new HashMap<>();
    for (ReceiverConfig receiver : config.receivers()) {
      List<Notifier> integrations = new ArrayList<>();
      for (WebhookConfig webhook : receiver.webhookConfigs()) {
        integrations.add(new WebhookNotifier(webhook, options.requestTimeout()));
      }
      for (EmailConfig email : receiver.emailConfigs()) {
        integrations.add(new EmailNotifier(email, options.requestTimeout()));
      }
      notifiers.put(receiver.name(), integrations);
    }
    Retrier retrier = new Retrier(options.clock(), options.sleeper(), INITIAL_BACKOFF_MILLIS,
        MAX_BACKOFF_MILLIS);
    NotificationPipeline pipeline = new NotificationPipeline(inhibitor, silences, intervals,
        notifiers, log, retrier, options.executor(), options.observer(), options.externalUrl());
    Dispatcher dispatcher = new Dispatcher(tree, pipeline::notify, options.clock(), options.executor());
    List<Notifier> all = notifiers.values().stream().flatMap(List::stream).toList();
    return new AlertmanagerRuntime(config, tree, inhibitor, dispatcher, all);
  }

  /** Releases the receivers' connections once this runtime is replaced or shut down. */
  void close() {
    for (Notifier notifier : notifiers) {
      notifier.close();
    }
  }
}
