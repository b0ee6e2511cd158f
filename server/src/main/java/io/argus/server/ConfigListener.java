package io.argus.server;

import io.argus.server.config.PrometheusConfig;

/**
 * A component that follows the configuration (scrape manager, rule manager, remote storage, …).
 * Called at start and on every successful reload, in registration order.
 */
@FunctionalInterface
public interface ConfigListener {

  /**
   * Applies {@code config}.
   *
   * @throws Exception if the component cannot apply it; the reload is then reported as failed
   */
  void apply(PrometheusConfig config) throws Exception;
}
