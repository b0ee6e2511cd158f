/**
 * promtool's rule unit tests ({@code promtool test rules}, {@code argus test rules}): test files
 * with {@code input_series} in the expanding notation, {@code alert_rule_test} and {@code
 * promql_expr_test}, run against a {@link io.argus.rules.unittest.MemoryStorage} on a simulated
 * clock, with promtool's output. Entry point: {@link io.argus.rules.unittest.RuleUnitTester}.
 */
package io.argus.rules.unittest;
