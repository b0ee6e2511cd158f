/**
 * The numerical building blocks of PromQL functions and aggregations, free of evaluation state:
 * compensated summation, quantiles, linear regression, the range-vector function kernels over
 * primitive arrays, classic-bucket {@code histogram_quantile}, Go-compatible number formatting and
 * the label hash {@code limit_ratio} samples by. Depends only on {@code core}'s labels.
 */
package io.argus.promql.engine.function;
