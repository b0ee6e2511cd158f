/**
 * Parsers for the pull exposition formats: Prometheus text 0.0.4 and OpenMetrics 1.0 text. Each
 * parser is a pull iterator over a byte array ({@link io.argus.scrape.exposition.ExpositionParser#next()})
 * that records where the current entry's parts lie instead of building strings, so a steady-state
 * scrape can look up the raw series bytes in its cache and never materialise labels. Errors are
 * {@link io.argus.scrape.exposition.ExpositionFormatException}s naming line, column, what was
 * expected and what was found. Depends on {@code core}'s labels only.
 */
package io.argus.scrape.exposition;
