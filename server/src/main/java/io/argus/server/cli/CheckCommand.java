package io.argus.server.cli;

import picocli.CommandLine.Command;

/** {@code argus check …}: validation sub-commands in the manner of {@code promtool check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the validity of configuration and rule files.",
    subcommands = {CheckConfigCommand.class, CheckRulesCommand.class})
public final class CheckCommand implements Runnable {

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "missing sub-command: one of config, rules");
  }
}
