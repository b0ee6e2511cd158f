/**
 * Benchmarks of the rules module: one evaluation round of 1,000 rules over 100,000 series in the
 * TSDB head, through the real PromQL engine.
 */
package io.argus.bench.rules;
