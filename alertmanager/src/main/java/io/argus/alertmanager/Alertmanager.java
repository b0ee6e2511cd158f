package io.argus.alertmanager;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.alert.AlertStore;
import io.argus.alertmanager.alert.LabelSetOrder;
import io.argus.alertmanager.api.AlertGroup;
import io.argus.alertmanager.api.AlertQuery;
import io.argus.alertmanager.api.AlertStatus;
import io.argus.alertmanager.api.AlertmanagerStatus;
import io.argus.alertmanager.api.GettableAlert;
import io.argus.alertmanager.api.GettableSilence;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.api.PostableSilence;
import io.argus.alertmanager.api.PutAlertsResult;
import io.argus.alertmanager.api.Receiver;
import io.argus.alertmanager.config.AlertmanagerConfig;
import io.argus.alertmanager.config.ReceiverConfig;
import io.argus.alertmanager.dispatch.GroupView;
import io.argus.alertmanager.matcher.MatcherParser;
import io.argus.alertmanager.notify.NotificationLog;
import io.argus.alertmanager.route.Route;
import io.argus.alertmanager.silence.Silence;
import io.argus.alertmanager.silence.SilenceNotFoundException;
import io.argus.alertmanager.silence.Silences;
import io.argus.core.label.Matcher;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One Alertmanager: the entry points of API v2 for the server, and the owner of the alert store,
 * silences, notification log, the config-dependent runtime and the background loop. Every method
 * is thread-safe. Errors: {@link io.argus.alertmanager.matcher.InvalidMatcherException} and
 * {@link io.argus.alertmanager.silence.InvalidSilenceException} map to 400, {@link
 * SilenceNotFoundException} to 404.
 */
public final class Alertmanager implements AutoCloseable {

  /** The version reported by the status endpoint. */
  public static final String VERSION = "0.1.0-argus";

  private final AlertmanagerOptions options;
  private final AlertStore store = new AlertStore();
  private final Silences silences;
  private final NotificationLog notificationLog;
  private final StateFiles stateFiles;
  private final Instant startedAt;
  private volatile AlertmanagerRuntime runtime;
  private volatile String originalConfig;
  private final Object maintenanceLock = new Object();
  private long lastMaintenanceMillis; // guarded by maintenanceLock
  private final Thread loop;
  private volatile boolean closed;

  private Alertmanager(AlertmanagerConfig config, AlertmanagerOptions options) throws IOException {
    this.options = options;
    this.silences = new Silences(options.clock(), options.silenceIds(), Silences.DEFAULT_RETENTION_MILLIS);
    this.notificationLog = new NotificationLog(options.clock(), NotificationLog.DEFAULT_RETENTION_MILLIS);
    this.stateFiles = new StateFiles(options.dataDirectory(), silences, notificationLog);
    stateFiles.load();
    this.startedAt = Instant.ofEpochMilli(options.clock().millis());
    this.lastMaintenanceMillis = options.clock().millis();
    this.originalConfig = options.originalConfig();
    this.runtime = AlertmanagerRuntime.build(config, options, silences, notificationLog);
    this.loop = options.runBackgroundLoop()
        ? Thread.ofVirtual().name("alertmanager-dispatcher").start(this::runLoop)
        : null;
  }

  /**
   * Starts an Alertmanager with {@code config}, loading silences and the notification log from
   * the data directory when there is one.
   *
   * @throws IOException when a state file cannot be read (a corrupt one raises {@link
   *     io.argus.alertmanager.snapshot.CorruptSnapshotException} naming the file)
   */
  public static Alertmanager start(AlertmanagerConfig config, AlertmanagerOptions options) throws IOException {
    return new Alertmanager(config, options);
  }

  /**
   * Applies a new configuration. Alerts are re-routed into fresh aggregation groups, as
   * Alertmanager does on reload; the notification log keeps already-notified groups from being
   * notified again. The caller validates the new configuration first, so a bad file leaves the
   * running one untouched.
   */
  public synchronized void reload(AlertmanagerConfig config, String newOriginalConfig) {
    AlertmanagerRuntime next = AlertmanagerRuntime.build(config, options, silences, notificationLog);
    long now = options.clock().millis();
    for (Alert alert : store.list()) {
      if (!alert.resolvedAt(now)) {
        next.inhibitor().observe(alert);
        next.dispatcher().process(alert);
      }
    }
    AlertmanagerRuntime previous = runtime;
    runtime = next;
    originalConfig = newOriginalConfig;
    previous.close();
  }

  /** The configuration in use. */
  public AlertmanagerConfig config() {
    return runtime.config();
  }

  /** {@code POST /api/v2/alerts}: stores the valid alerts and reports the invalid ones. */
  public PutAlertsResult putAlerts(List<PostableAlert> alerts) {
    AlertmanagerRuntime current = runtime;
    long now = options.clock().millis();
    long resolveTimeout = current.config().global().resolveTimeoutMillis();
    List<String> errors = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < alerts.size(); i++) {
      PostableAlert posted = alerts.get(i);
      String error = AlertValidator.validate(posted);
      if (error != null) {
        errors.add("alert " + i + " " + posted.labels() + ": " + error);
        continue;
      }
      Alert stored = store.put(AlertValidator.toAlert(posted, now, resolveTimeout), now);
      current.inhibitor().observe(stored);
      current.dispatcher().process(stored);
      accepted++;
    }
    return new PutAlertsResult(accepted, errors);
  }

  /** {@code GET /api/v2/alerts}: unresolved alerts passing the query, by fingerprint. */
  public List<GettableAlert> alerts(AlertQuery query) {
    AlertmanagerRuntime current = runtime;
    List<Matcher> matchers = parseFilter(query.filter());
    Pattern receiverPattern = receiverPattern(query.receiver());
    long now = options.clock().millis();
    List<GettableAlert> result = new ArrayList<>();
    for (Alert alert : store.list()) {
      List<String> receivers = receivers(current.tree(), alert);
      if (receiverPattern != null && receivers.stream().noneMatch(r -> receiverPattern.matcher(r).matches())) {
        continue;
      }
      GettableAlert gettable = visible(alert, receivers, query, matchers, now, current);
      if (gettable != null) {
        result.add(gettable);
      }
    }
    result.sort(Comparator.comparing(GettableAlert::fingerprint));
    return result;
  }

  /** {@code GET /api/v2/alerts/groups}: aggregation groups with their visible alerts. */
  public List<AlertGroup> alertGroups(AlertQuery query) {
    AlertmanagerRuntime current = runtime;
    List<Matcher> matchers = parseFilter(query.filter());
    Pattern receiverPattern = receiverPattern(query.receiver());
    long now = options.clock().millis();
    List<GroupView> views = new ArrayList<>(current.dispatcher().groups());
    views.sort(Comparator.comparing((GroupView view) -> view.groupLabels(), LabelSetOrder.INSTANCE)
        .thenComparing(view -> view.route().options().receiver()));
    List<AlertGroup> groups = new ArrayList<>();
    for (GroupView view : views) {
      String receiver = view.route().options().receiver();
      if (receiverPattern != null && !receiverPattern.matcher(receiver).matches()) {
        continue;
      }
      List<GettableAlert> alerts = new ArrayList<>();
      for (Alert alert : view.alerts()) {
        GettableAlert gettable = visible(alert, receivers(current.tree(), alert), query, matchers, now, current);
        if (gettable != null) {
          alerts.add(gettable);
        }
      }
      if (!alerts.isEmpty()) {
        groups.add(new AlertGroup(ApiMapper.map(view.groupLabels()), new Receiver(receiver), alerts));
      }
    }
    return groups;
  }

  private GettableAlert visible(Alert alert, List<String> receivers, AlertQuery query,
      List<Matcher> matchers, long now, AlertmanagerRuntime current) {
    if (alert.resolvedAt(now)) {
      return null;
    }
    for (Matcher matcher : matchers) {
      if (!matcher.matches(alert.labels())) {
        return null;
      }
    }
    List<String> silencedBy = silences.mutingSilenceIds(alert.labels(), now);
    List<String> inhibitedBy = current.inhibitor().inhibitingFingerprints(alert.labels(), now)
        .stream().map(io.argus.alertmanager.alert.Fingerprint::toHex).toList();
    boolean suppressed = !silencedBy.isEmpty() || !inhibitedBy.isEmpty();
    if (!query.active() && !suppressed
        || !query.silenced() && !silencedBy.isEmpty()
        || !query.inhibited() && !inhibitedBy.isEmpty()) {
      return null;
    }
    AlertStatus status = new AlertStatus(suppressed ? "suppressed" : "active", silencedBy, inhibitedBy);
    return ApiMapper.alert(alert, receivers, status);
  }

  private static List<String> receivers(Route tree, Alert alert) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Route route : tree.match(alert.labels())) {
      names.add(route.options().receiver());
    }
    return List.copyOf(names);
  }

  private static List<Matcher> parseFilter(List<String> filter) {
    List<Matcher> matchers = new ArrayList<>();
    for (String text : filter) {
      matchers.addAll(MatcherParser.parseMatchers(text));
    }
    return matchers;
  }

  private static Pattern receiverPattern(String receiver) {
    return receiver == null || receiver.isEmpty() ? null : Pattern.compile("^(?:" + receiver + ")$");
  }

  /** {@code GET /api/v2/silences}: silences whose matchers satisfy the filter, sorted as Alertmanager. */
  public List<GettableSilence> silences(List<String> filter) {
    List<Matcher> matchers = parseFilter(filter == null ? List.of() : filter);
    long now = options.clock().millis();
    List<GettableSilence> result = new ArrayList<>();
    for (Silence silence : silences.list()) {
      if (SilenceOrder.matchesFilter(silence, matchers)) {
        result.add(ApiMapper.silence(silence, now));
      }
    }
    result.sort(SilenceOrder.INSTANCE);
    return result;
  }

  /** {@code GET /api/v2/silence/{id}}. @throws SilenceNotFoundException for an unknown id */
  public GettableSilence silence(String id) {
    Silence silence = silences.get(id);
    if (silence == null) {
      throw new SilenceNotFoundException(id);
    }
    return ApiMapper.silence(silence, options.clock().millis());
  }

  /** {@code POST /api/v2/silences}: creates or updates a silence and returns its id. */
  public String createOrUpdateSilence(PostableSilence silence) {
    return silences.set(ApiMapper.silence(silence));
  }

  /** {@code DELETE /api/v2/silence/{id}}. */
  public void expireSilence(String id) {
    silences.expire(id);
  }

  /** {@code GET /api/v2/receivers}. */
  public List<Receiver> receivers() {
    return runtime.config().receivers().stream().map(ReceiverConfig::name).map(Receiver::new).toList();
  }

  /** {@code GET /api/v2/status}. */
  public AlertmanagerStatus status() {
    return AlertmanagerStatus.standalone(originalConfig == null ? "" : originalConfig, startedAt, VERSION);
  }

  /**
   * Flushes the aggregation groups that are due and, once per maintenance interval, collects
   * garbage and writes the state files. The background loop calls it; tests call it after moving
   * their clock.
   */
  public void tick() throws IOException {
    runtime.dispatcher().flushDue();
    long now = options.clock().millis();
    boolean due;
    synchronized (maintenanceLock) {
      due = now - lastMaintenanceMillis >= options.maintenanceIntervalMillis();
      if (due) {
        lastMaintenanceMillis = now;
      }
    }
    if (due) {
      maintain();
    }
  }

  /** Garbage collection of resolved alerts, old silences and log entries; then snapshots. */
  public void maintain() throws IOException {
    long now = options.clock().millis();
    store.collectGarbage(now);
    runtime.inhibitor().collectGarbage(now);
    silences.collectGarbage();
    notificationLog.collectGarbage();
    stateFiles.write();
  }

  private void runLoop() {
    while (!closed) {
      try {
        tick();
        long wait = runtime.dispatcher().nextFlushMillis() - options.clock().millis();
        runtime.dispatcher().awaitChange(Math.clamp(wait, 1, 1_000));
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        System.getLogger(Alertmanager.class.getName())
            .log(System.Logger.Level.WARNING, "alertmanager maintenance failed", e);
      }
    }
  }

  /** Stops the background loop and writes the state files one last time. */
  @Override
  public void close() throws IOException {
    closed = true;
    if (loop != null) {
      loop.interrupt();
      try {
        loop.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    runtime.close();
    stateFiles.write();
  }
}
