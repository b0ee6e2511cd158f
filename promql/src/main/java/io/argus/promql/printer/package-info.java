/**
 * Writing PromQL: {@link io.argus.promql.printer.PromqlPrinter} turns an {@link
 * io.argus.promql.ast.Expr} back into canonical single-line text (Prometheus' {@code String()})
 * or the prettified multi-line layout of /api/v1/format_query, and {@link
 * io.argus.promql.printer.GoQuote} and {@link io.argus.promql.printer.GoFloat} reproduce the Go
 * formatting that Prometheus' texts and error messages contain. Depends only on the AST and {@code
 * core}'s label rules.
 */
package io.argus.promql.printer;
