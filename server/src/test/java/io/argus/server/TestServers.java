package io.argus.server;

import io.argus.server.cli.ServerCommandParser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Starts in-process servers on a free loopback port with a temporary data directory. */
final class TestServers {

  private TestServers() {}

  static ServerOptions options(Path dataDir, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--storage.tsdb.path=" + dataDir));
    args.addAll(List.of(extraArgs));
    if (args.stream().noneMatch(arg -> arg.startsWith("--web.listen-address"))) {
      args.add("--web.listen-address=127.0.0.1:0");
    }
    return ServerCommandParser.parse(args.toArray(String[]::new));
  }

  static ArgusServer start(Path dataDir, String... extraArgs) throws StartupException {
    return ArgusServer.start(options(dataDir, extraArgs), Clock.systemUTC());
  }
}
