/**
 * Relabeling with Prometheus' semantics: {@link io.argus.scrape.relabel.Relabeler} applies a list
 * of {@link io.argus.scrape.config.RelabelConfig}s to a label set, with fully anchored RE2-syntax
 * regexes ({@link io.argus.scrape.relabel.RelabelRegex}, checked by {@code core}'s matcher rules)
 * and Go's {@code $1}/{@code ${name}} template expansion. Used for target relabeling and for metric
 * relabeling on the scrape path; depends on {@code core} and the config records only.
 */
package io.argus.scrape.relabel;
