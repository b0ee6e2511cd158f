package io.argus.alertmanager;

import io.argus.alertmanager.notify.NotificationObserver;
import io.argus.alertmanager.notify.Sleeper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How an {@link Alertmanager} runs, apart from its configuration.
 *
 * @param clock the time source for every decision (a manual clock in tests)
 * @param dataDirectory where {@code silences} and {@code nflog} snapshots live; null keeps state
 *     in memory only
 * @param externalUrl the URL Alertmanager is reachable at, shown in notifications
 * @param originalConfig the configuration text, returned by the status endpoint
 * @param executor runs flushes and integrations; virtual threads in production, a direct
 *     executor in tests
 * @param sleeper waits between notification retries
 * @param runBackgroundLoop whether to start the thread that flushes groups when due and runs
 *     maintenance; tests leave it off and call {@link Alertmanager#tick()}
 * @param maintenanceIntervalMillis how often to collect garbage and write snapshots
 * @param requestTimeout the timeout of one delivery attempt (an HTTP request, an SMTP session)
 * @param observer told about every delivery, for metrics
 * @param silenceIds generates new silence ids
 */
public record AlertmanagerOptions(
    InstantSource clock,
    Path dataDirectory,
    String externalUrl,
    String originalConfig,
    Executor executor,
    Sleeper sleeper,
    boolean runBackgroundLoop,
    long maintenanceIntervalMillis,
    Duration requestTimeout,
    NotificationObserver observer,
    Supplier<String> silenceIds) {

  /** Alertmanager's default maintenance interval (snapshot and garbage collection). */
  public static final long DEFAULT_MAINTENANCE_INTERVAL_MILLIS = 15 * 60_000L;

  /** Production defaults: system clock, virtual threads, background loop on. */
  public static AlertmanagerOptions defaults(Path dataDirectory, String externalUrl, String originalConfig) {
    return new AlertmanagerOptions(InstantSource.system(), dataDirectory, externalUrl, originalConfig,
        command -> Thread.ofVirtual().name("alertmanager-notify").start(command),
        Sleeper.THREAD_SLEEP, true, DEFAULT_MAINTENANCE_INTERVAL_MILLIS, Duration.ofSeconds(30),
        NotificationObserver.NONE, () -> UUID.randomUUID().toString());
  }
}
