/**
 * The wiring of Argus: {@link io.argus.server.ArgusServer} starts and stops every component in
 * order (logging, configuration, data directory, self-metrics, HTTP), and applies configuration
 * reloads. Sub-packages hold the CLI, the HTTP layer, configuration, logging and self-metrics. This
 * is the only module that knows about all the others.
 */
package io.argus.server;
