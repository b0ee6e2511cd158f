/**
 * The {@code argus} command line (picocli): {@code argus server} with Prometheus' flag names and
 * defaults (also the default when no sub-command is given, so {@code java -jar argus.jar
 * --config.file=…} works like {@code prometheus --config.file=…}), and the promtool-like
 * {@code argus check …} sub-commands. Parsing only: running the server is {@link
 * io.argus.server.ArgusServer}'s job.
 */
package io.argus.server.cli;
