package io.argus.server.cli;

import io.argus.server.ServerOptions;

/** Parses {@code argus server} flags into options without running anything, for tests. */
public final class ServerCommandParser {

  private ServerCommandParser() {}

  public static ServerOptions parse(String... args) {
    ServerCommand command = new ServerCommand();
    ArgusCommand.newCommandLine(command).parseArgs(args);
    return command.options();
  }
}
