package io.argus.server.cli;

import io.argus.rules.unittest.RuleUnitTester;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus test …}: unit tests in the manner of {@code promtool test}. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Unit testing.",
    subcommands = {TestCommand.Rules.class})
public final class TestCommand implements Runnable {

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "missing sub-command: one of rules");
  }

  /** {@code argus test rules FILE…}: promtool's rule unit-test files, output and exit codes. */
  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Unit tests for rules.")
  public static final class Rules implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEST_FILE", description = "The unit test files.")
    List<Path> files;

    @Override
    public Integer call() {
      return StreamBridge.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
          (out, err) -> RuleUnitTester.run(files, out, err));
    }
  }
}
