/**
 * Prometheus' template language on top of the {@code template} module: the function map Prometheus
 * adds to Go's ({@link io.argus.rules.template.PrometheusFunctions}: humanize and friends, {@code
 * query}, {@code label}, links, time conversions, with Go's exact number formatting), and {@link
 * io.argus.rules.template.AlertTemplates}, which parses alert label and annotation templates with
 * the {@code $labels}/{@code $value}/{@code $externalLabels}/{@code $externalURL} prelude and
 * expands them, turning an error into Prometheus' {@code <error expanding template: …>} text.
 */
package io.argus.rules.template;
