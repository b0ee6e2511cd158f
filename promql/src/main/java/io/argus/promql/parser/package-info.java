/**
 * Reading PromQL: a hand-written {@code Lexer} over the query's characters and a recursive-descent
 * parser with precedence climbing that builds the {@link io.argus.promql.ast} tree, followed by
 * Prometheus' type checks. The entry type is {@link io.argus.promql.parser.PromqlParser}; every
 * error is a {@link io.argus.promql.parser.ParseException} worded and positioned as Prometheus
 * words it. Depends only on the AST, the printer's Go-style quoting and {@code core}'s matchers and
 * durations; knows nothing of evaluation or storage.
 */
package io.argus.promql.parser;
