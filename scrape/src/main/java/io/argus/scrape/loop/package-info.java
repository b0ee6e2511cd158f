/**
 * Scraping: a {@link io.argus.scrape.loop.ScrapeLoop} per target on a virtual thread fetches,
 * parses and appends one scrape at a time through {@code core}'s {@code Appendable} (all or
 * nothing per scrape), with a per-target series cache keyed by the raw series bytes, staleness
 * markers and the synthetic {@code up}/{@code scrape_*} series. A
 * {@link io.argus.scrape.loop.ScrapePool} owns the loops of one job and
 * {@link io.argus.scrape.loop.ScrapeManager} the pools of all jobs, applying new configs and
 * target sets without restarting unchanged loops. Depends on {@code core}, the parsers, targets
 * and relabeling; never on the server.
 */
package io.argus.scrape.loop;
