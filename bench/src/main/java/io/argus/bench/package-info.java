/**
 * JMH benchmarks, one sub-package per module measured ({@code io.argus.bench.tsdb},
 * {@code io.argus.bench.promql}, …), and command-line loads that drive a running server. Nothing
 * here runs during the normal build; results and their commands go to docs/benchmarks.md.
 */
package io.argus.bench;
