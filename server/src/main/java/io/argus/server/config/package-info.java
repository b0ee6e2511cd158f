/**
 * The typed model of {@code prometheus.yml} and its loader. {@link io.argus.server.config.ConfigLoader}
 * composes the YAML into a node tree (SnakeYAML Engine), then binds it to immutable records field by
 * field through {@link io.argus.server.config.YamlMapping}, which remembers which keys were read so
 * that every unknown key, wrong type or invalid value becomes a
 * {@link io.argus.server.config.ConfigException} naming file, line and column. Defaults are
 * Prometheus' own. {@link io.argus.server.config.ConfigYamlWriter} prints the effective
 * configuration back, as {@code /api/v1/status/config} shows it. Knows nothing of HTTP or the CLI.
 */
package io.argus.server.config;
