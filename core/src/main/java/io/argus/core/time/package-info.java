/**
 * Time as Prometheus users write it: {@link io.argus.core.time.PrometheusDuration} parses and prints
 * durations such as {@code 1h30m} in every place they appear (configuration, flags, PromQL, rule
 * files), so all of them accept and reject exactly the same strings. Depends on nothing.
 */
package io.argus.core.time;
