package io.argus.server;

import io.argus.promql.engine.EngineOptions;
import io.argus.scrape.discovery.DiscoveryManager;
import io.argus.scrape.loop.ScrapeManager;
import io.argus.server.api.AlertmanagerApi;
import io.argus.server.api.QueryApi;
import io.argus.server.api.RulesApi;
import io.argus.ingest.remoteread.RemoteReadConfig;
import io.argus.ingest.remoteread.RemoteReadHandler;
import io.argus.core.storage.Appendable;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import io.argus.ingest.sender.RemoteWriteTee;
import io.argus.server.api.RemoteStorageApi;
import io.argus.server.api.StatusApi;
import io.argus.server.api.TargetsApi;
import io.argus.server.api.TsdbStatusApi;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbMetrics;
import io.argus.tsdb.TsdbOptions;
import io.argus.server.metrics.VisitedMetrics;
import java.time.Duration;
import io.argus.server.config.ConfigException;
import io.argus.server.http.HttpServer;
import io.argus.server.http.Router;
import io.argus.server.logging.Logging;
import io.argus.server.metrics.SelfMetrics;
import io.argus.server.web.FederationEndpoint;
import io.argus.server.web.LifecycleEndpoints;
import io.argus.server.web.MetricsEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Argus: starts its parts in order (configuration, data directory, HTTP), becomes ready,
 * and stops them in reverse. A failed start undoes whatever was started, so nothing is left
 * half-running.
 */
public final class ArgusServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArgusServer.class);

  private final ServerOptions options;
  private final Clock clock;
  private final SelfMetrics metrics;
  private final ConfigReloader configReloader;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private Tsdb tsdb;
  private RemoteWriteQueues remoteWriteQueues;
  private ScrapeManager scrapeManager;
  private RuleEvaluation rules;
  private DiscoveryManager discoveryManager;
  private EmbeddedAlertmanager alertmanager;
  private HttpServer http;

  private ArgusServer(ServerOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.metrics = new SelfMetrics(BuildInfo.current());
    this.configReloader = new ConfigReloader(options, metrics, clock);
  }

  /**
   * Runs a server until it is told to stop (SIGTERM, SIGINT, {@code /-/quit}); reloads on SIGHUP.
   *
   * @return the process exit code: 0 after a clean stop, 1 when the start failed
   */
  public static int run(ServerOptions options) {
    Logging.configure(options.logLevel(), options.logFormat());
    ArgusServer server;
    try {
      server = start(options, Clock.systemUTC());
    } catch (StartupException e) {
      LOG.error(e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(server::close));
    SignalHandlers.onHangup(server::reload);
    server.awaitStop();
    return 0;
  }

  /** Starts a server; on failure everything started so far is stopped again. */
  public static ArgusServer start(ServerOptions options, Clock clock) throws StartupException {
    ArgusServer server = new ArgusServer(options, clock);
    try {
      server.startParts();
      return server;
    } catch (StartupException e) {
      server.close();
      throw e;
    }
  }

  private void startParts() throws StartupException {
    LOG.atInfo().addKeyValue("version", BuildInfo.current().version()).log("Starting Argus");
    try {
      configReloader.loadInitial();
    } catch (ConfigException e) {
      throw new StartupException("error loading config: " + e.getMessage(), e);
    }
    tsdb = openStorage();
    alertmanager = EmbeddedAlertmanager.start(options, externalUrl());
    metrics.registry().register(storageMetrics());
    // Everything that writes goes through the tee, so remote_write sees what the storage accepted.
    remoteWriteQueues = new RemoteWriteQueues(Duration.ofMillis(options.remoteFlushDeadlineMillis()));
    configReloader.addListener(remoteWriteQueues);
    metrics.registry().register(new VisitedMetrics(remoteWriteQueues::report));
    Appendable writes = new RemoteWriteTee(tsdb, remoteWriteQueues::current);
    scrapeManager = new ScrapeManager(writes);
    discoveryManager = new DiscoveryManager(scrapeManager::updateTargets);
    Router router = new Router(metrics);
    new LifecycleEndpoints(options.enableLifecycle(), ready::get, this::reload, this::requestStop).register(router);
    router.get("/metrics", new MetricsEndpoint(metrics.registry())::handle);
    new StatusApi(BuildInfo.current(), options, configReloader::state, java.time.Instant.now()).register(router);
    new TsdbStatusApi(tsdb).register(router);
    new TargetsApi(scrapeManager::pools).register(router);
    new AlertmanagerApi(alertmanager::alertmanager).register(router);
    rules = new RuleEvaluation(this::engineOptions, tsdb, writes, options, configReloader.state().config(), externalUrl());
    new RulesApi(rules::manager, rules::targets).register(router);
    metrics.registry().register(new VisitedMetrics(rules::report));
    new RemoteStorageApi(
        options.enableRemoteWriteReceiver() ? new RemoteWriteHandler(writes) : null,
        new RemoteReadHandler(tsdb, RemoteReadConfig.defaults(), configReloader.state().config().global().externalLabels()))
        .register(router);
    new QueryApi(this::engineOptions, tsdb, options.queryMaxConcurrency(), clock).register(router);
    router.get("/federate", new FederationEndpoint(tsdb, () -> configReloader.state().config().global().externalLabels(),
        options::queryLookbackDeltaMillis, clock)::handle);
    http = new HttpServer(options.listenAddress(), router, options.readTimeoutMillis(), options.maxConnections(),
        options.shutdownTimeoutMillis());
    try {
      http.start();
    } catch (IOException e) {
      throw new StartupException(e.getMessage(), e);
    }
    // Scraping starts once the server listens, so a self-scrape never begins with a failure.
    startScraping();
    ready.set(true);
    LOG.atInfo().addKeyValue("address", options.listenAddress()).addKeyValue("port", http.port())
        .log("Server is ready to receive web requests");
  }

  /** The TSDB's self-metrics, read from it on every scrape of {@code /metrics}. */
  private VisitedMetrics storageMetrics() {
    return new VisitedMetrics(sink -> tsdb.metrics().collect(new TsdbMetrics.Visitor() {
      @Override
      public void counter(String name, String help, double value) {
        sink.counter(name, help, value);
      }

      @Override
      public void gauge(String name, String help, double value) {
        sink.gauge(name, help, value);
      }

      @Override
      public void summary(String name, String help, long count, double sum) {
        sink.summary(name, help, count, sum);
      }
    }));
  }

  /** Scrapes the configured targets into the storage and evaluates rules; both follow the configuration. */
  private void startScraping() throws StartupException {
    configReloader.addListener(rules);
    configReloader.addListener(config -> {
      scrapeManager.applyConfig(config.scrapeConfigs());
      discoveryManager.applyConfig(config.scrapeConfigs());
    });
  }

  /** Opens the storage, which creates and locks the data directory (file {@code lock}). */
  private Tsdb openStorage() throws StartupException {
    try {
      Files.createDirectories(options.dataPath());
    } catch (IOException e) {
      throw new StartupException("cannot create data directory " + options.dataPath() + ": " + e, e);
    }
    try {
      long started = System.nanoTime();
      Tsdb opened = Tsdb.open(options.dataPath(),
          TsdbOptions.defaults().withRetention(options.retentionTimeMillis(), options.retentionSizeBytes()));
      LOG.atInfo().addKeyValue("duration", (System.nanoTime() - started) / 1_000_000 + "ms")
          .log("TSDB started");
      return opened;
    } catch (RuntimeException e) {
      throw new StartupException("opening storage at " + options.dataPath() + " failed: " + e.getMessage(), e);
    }
  }

  /** The engine options in force: flags, and the evaluation interval as the default subquery step. */
  private EngineOptions engineOptions() {
    return new EngineOptions(options.queryLookbackDeltaMillis(), options.queryMaxSamples(),
        Duration.ofMillis(options.queryTimeoutMillis()),
        configReloader.state().config().global().evaluationIntervalMillis(), true, true);
  }

  /** The storage of the default tenant. */
  public Tsdb storage() {
    return tsdb;
  }

  /** The port the HTTP server is bound to. */
  public int port() {
    return http.port();
  }

  public ConfigReloader configReloader() {
    return configReloader;
  }

  /** Reloads prometheus.yml and the Alertmanager configuration: null on success, else the reasons. */
  public String reload() {
    String prometheusError = configReloader.reload();
    String alertmanagerError = alertmanager.reload();
    if (alertmanagerError != null) {
      LOG.atError().addKeyValue("err", alertmanagerError).log("Error reloading Alertmanager config; keeping the running one");
    }
    if (prometheusError == null || alertmanagerError == null) {
      return prometheusError == null ? alertmanagerError : prometheusError;
    }
    return prometheusError + "; " + alertmanagerError;
  }

  /** The URL Argus is reached at: --web.external-url, or derived from the listen address. */
  private String externalUrl() {
    return options.externalUrl().isEmpty() ? "http://" + options.listenAddress().localTarget() + "/" : options.externalUrl();
  }

  /** Starts a graceful stop in the background and returns at once. */
  public void requestStop() {
    Thread.ofPlatform().name("stop").start(this::close);
  }

  /** Blocks until the server has stopped. */
  public void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops gracefully: not ready, stop accepting, let in-flight requests finish, release the data. */
  @Override
  public void close() {
    if (!stopping.compareAndSet(false, true)) {
      awaitStop();
      return;
    }
    ready.set(false);
    LOG.info("Stopping Argus");
    try {
      if (http != null) {
        http.stop();
      }
    } catch (Exception e) {
      LOG.atWarn().setCause(e).log("Web server did not stop cleanly");
    }
    if (rules != null) {
      rules.close();
    }
    if (discoveryManager != null) {
      discoveryManager.close();
    }
    if (scrapeManager != null) {
      scrapeManager.close();
    }
    if (remoteWriteQueues != null) {
      remoteWriteQueues.close();
    }
    if (alertmanager != null) {
      try {
        alertmanager.close();
      } catch (IOException e) {
        LOG.atWarn().setCause(e).log("Alertmanager did not stop cleanly");
      }
    }
    if (tsdb != null) {
      try {
        tsdb.close();
      } catch (RuntimeException e) {
        LOG.atWarn().setCause(e).log("Storage did not close cleanly");
      }
    }
    LOG.info("See you next time!");
    stopped.countDown();
  }
}
