package io.argus.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Runs a library entry point that prints to {@link PrintStream}s (the rules module's promtool-like
 * commands) with picocli's writers, so output goes where the command line was told to send it.
 */
final class StreamBridge {

  private StreamBridge() {}

  static int run(PrintWriter out, PrintWriter err, BiFunction<PrintStream, PrintStream, Integer> command) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream outStream = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
      exitCode = command.apply(outStream, errStream);
    }
    out.print(outBytes.toString(StandardCharsets.UTF_8));
    err.print(errBytes.toString(StandardCharsets.UTF_8));
    out.flush();
    err.flush();
    return exitCode;
  }
}
