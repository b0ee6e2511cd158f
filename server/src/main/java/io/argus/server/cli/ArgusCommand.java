package io.argus.server.cli;

import io.argus.server.BuildInfo;
import io.argus.server.logging.LogFormat;
import io.argus.server.logging.Logging;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code argus} command and the jar's entry point. */
@Command(
    name = "argus",
    mixinStandardHelpOptions = true,
    versionProvider = ArgusCommand.Version.class,
    description = "Monitoring server: scraping, storage, PromQL, rules, alerting and UI in one program.",
    subcommands = {ServerCommand.class, CheckCommand.class, TestCommand.class})
public final class ArgusCommand implements Runnable {

  private static final Set<String> SUB_COMMANDS = Set.of("server", "check", "test", "help");

  @Override
  public void run() {
    // Reached only when picocli has no sub-command to run; main() makes "server" the default.
    throw new CommandLine.ParameterException(new CommandLine(this), "missing sub-command");
  }

  public static void main(String[] args) {
    // Until `server` applies --log.level/--log.format, log as Prometheus does by default.
    Logging.configure("info", LogFormat.LOGFMT);
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code: 0 success, 1 any failure (as Prometheus). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = newCommandLine(new ArgusCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      err.println("argus: error: " + exception.getMessage() + ", try --help");
      return 1;
    });
    commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
      err.println("argus: error: " + exception.getMessage());
      return 1;
    });
    return commandLine.execute(withDefaultSubCommand(args));
  }

  /**
   * A command line for {@code command} that negates dotted flag names as Prometheus does
   * ({@code --no-web.enable-lifecycle}); picocli's default only negates plain words.
   */
  static CommandLine newCommandLine(Object command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setNegatableOptionTransformer(new CommandLine.RegexTransformer.Builder()
        .addPattern("^--no-([\\w.-]+)$", "--$1", "--[no-]$1")
        .addPattern("^--([\\w.-]+)$", "--no-$1", "--[no-]$1")
        .build());
    return commandLine;
  }

  /** Prometheus takes its flags without a sub-command; so does argus, meaning "server". */
  static String[] withDefaultSubCommand(String[] args) {
    for (String arg : args) {
      if (arg.equals("--version") || arg.equals("-V") || arg.equals("--help") || arg.equals("-h")) {
        return args;
      }
    }
    if (args.length > 0 && SUB_COMMANDS.contains(args[0])) {
      return args;
    }
    List<String> withServer = new ArrayList<>(List.of("server"));
    withServer.addAll(List.of(args));
    return withServer.toArray(String[]::new);
  }

  /** {@code argus --version}, in the shape of {@code prometheus --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      BuildInfo build = BuildInfo.current();
      return new String[] {
        "argus, version " + build.version() + " (branch: " + build.branch() + ", revision: " + build.revision() + ")",
        "  build date:       " + build.buildDate(),
        "  java version:     " + build.runtimeVersion(),
        "  platform:         " + System.getProperty("os.name").toLowerCase() + "/" + System.getProperty("os.arch")
      };
    }
  }
}
