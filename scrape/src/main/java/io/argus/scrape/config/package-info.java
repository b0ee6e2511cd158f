/**
 * Scrape configuration as plain, validated records with Prometheus' defaults: {@link
 * io.argus.scrape.config.ScrapeConfig}, {@link io.argus.scrape.config.RelabelConfig} and the
 * service-discovery configurations. Nothing here reads files; the server maps prometheus.yml onto
 * these records, and their compact constructors reject bad values naming the field as it is
 * spelled in prometheus.yml. Depends on {@code core} only.
 */
package io.argus.scrape.config;
