/**
 * Recording and alerting rules. Sub-packages: {@code file} (rule files and their validation),
 * {@code template} (Prometheus' template functions), {@code evaluation} (rules, alert state,
 * groups), {@code manager} (scheduling, reload, state for the API), {@code notifier} (sending
 * alerts to Alertmanagers) and {@code unittest} (promtool's rule unit tests). Depends on {@code
 * core}, {@code promql} and {@code template}; never on storage or server internals.
 */
package io.argus.rules;
