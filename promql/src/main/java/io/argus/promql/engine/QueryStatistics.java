package io.argus.promql.engine;

/**
 * What a query cost, for the HTTP API's {@code stats=all} and the query log.
 *
 * @param totalSamples samples read from storage (all selectors, whole query range)
 * @param peakSamples the most samples one evaluation step held (the quantity the sample limit
 *     bounds)
 * @param prepareNanos time spent planning and loading series
 * @param evaluationNanos time spent evaluating
 */
public record QueryStatistics(
    long totalSamples, long peakSamples, long prepareNanos, long evaluationNanos) {}
