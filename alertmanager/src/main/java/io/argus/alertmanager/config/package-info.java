/**
 * The alertmanager.yml model as immutable records ({@link
 * io.argus.alertmanager.config.AlertmanagerConfig} is the root) and {@link
 * io.argus.alertmanager.config.AlertmanagerConfigLoader}, which reads it with SnakeYAML Engine,
 * applies Alertmanager's defaults, rejects unknown keys and reports every error with
 * file:line:column. Knows nothing of routing or sending; depends on {@code core}, the matcher and
 * time-interval packages.
 */
package io.argus.alertmanager.config;
