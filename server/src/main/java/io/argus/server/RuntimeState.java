package io.argus.server;

import io.argus.server.config.PrometheusConfig;
import java.time.Instant;

/**
 * The configuration currently in force and how it got there; replaced atomically on reload.
 *
 * @param config the running configuration
 * @param lastReloadSuccessful whether the last load or reload attempt succeeded
 * @param lastConfigTime when {@code config} was loaded
 */
public record RuntimeState(PrometheusConfig config, boolean lastReloadSuccessful, Instant lastConfigTime) {}
