/**
 * A runner for the Prometheus PromQL test-script corpus ({@code shared/promql-tests}, format in its
 * FORMAT.md): {@link io.argus.promql.scripttest.ScriptParser} reads a file into commands, {@link
 * io.argus.promql.scripttest.ScriptRunner} executes them against an {@link
 * io.argus.promql.scripttest.InMemoryQueryable} with the reference runner's cross-checks, and
 * {@link io.argus.promql.scripttest.PromqlCorpusTest} compares the passing cases with the committed
 * baseline. Test code only; depends on the parser and the engine.
 */
package io.argus.promql.scripttest;
