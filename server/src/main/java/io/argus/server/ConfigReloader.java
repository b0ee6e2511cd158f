package io.argus.server;

import io.argus.server.config.ConfigException;
import io.argus.server.config.ConfigLoader;
import io.argus.server.config.PrometheusConfig;
import io.argus.server.metrics.SelfMetrics;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the configuration at start and on reload (SIGHUP, {@code POST /-/reload}). A reload that
 * fails, whether in parsing or in a component, keeps the running configuration, logs the cause
 * with file:line, and sets {@code argus_config_last_reload_successful} to 0. Reloads are serialised.
 */
public final class ConfigReloader {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigReloader.class);

  private final ServerOptions options;
  private final SelfMetrics metrics;
  private final Clock clock;
  private final List<ConfigListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicReference<RuntimeState> state = new AtomicReference<>();

  ConfigReloader(ServerOptions options, SelfMetrics metrics, Clock clock) {
    this.options = options;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Adds a component that follows the configuration, and applies the configuration in force to it
   * at once; call after {@link #loadInitial()}.
   *
   * @throws StartupException if the component cannot apply the configuration in force
   */
  public void addListener(ConfigListener listener) throws StartupException {
    PrometheusConfig config = state.get().config();
    try {
      listener.apply(config);
    } catch (Exception e) {
      throw new StartupException("applying " + config.source() + " failed: " + e.getMessage(), e);
    }
    listeners.add(listener);
  }

  /** The configuration in force. */
  public RuntimeState state() {
    return state.get();
  }

  /** Loads and validates the configuration at start, before any component exists; failure is fatal. */
  synchronized void loadInitial() throws ConfigException {
    PrometheusConfig config = read();
    state.set(new RuntimeState(config, true, clock.instant()));
    metrics.configReloaded(true, clock.millis());
    LOG.atInfo().addKeyValue("filename", config.source()).log("Completed loading of configuration file");
  }

  /**
   * Reloads; on failure the running configuration stays.
   *
   * @return null on success, else the reason (file:line: message)
   */
  public synchronized String reload() {
    try {
      PrometheusConfig config = read();
      apply(config);
      state.set(new RuntimeState(config, true, clock.instant()));
      metrics.configReloaded(true, clock.millis());
      LOG.atInfo().addKeyValue("filename", config.source()).log("Completed loading of configuration file");
      return null;
    } catch (ConfigException | StartupException e) {
      RuntimeState running = state.get();
      state.set(new RuntimeState(running.config(), false, running.lastConfigTime()));
      metrics.configReloaded(false, clock.millis());
      LOG.atError().addKeyValue("err", e.getMessage()).log("Error reloading config; keeping the running configuration");
      return e.getMessage();
    }
  }

  private PrometheusConfig read() throws ConfigException {
    if (!options.configFileRequired() && !Files.exists(options.configFile())) {
      return ConfigLoader.embeddedDefault(options.listenAddress().localTarget());
    }
    return ConfigLoader.load(options.configFile());
  }

  private void apply(PrometheusConfig config) throws StartupException {
    for (ConfigListener listener : listeners) {
      try {
        listener.apply(config);
      } catch (Exception e) {
        throw new StartupException("applying " + config.source() + " failed: " + e.getMessage(), e);
      }
    }
  }
}
