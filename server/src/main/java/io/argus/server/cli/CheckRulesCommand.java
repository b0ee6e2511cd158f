package io.argus.server.cli;

import io.argus.rules.file.RuleFileChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus check rules FILE…}: {@code promtool check rules}, with its output and exit codes. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check if the rule files are valid or not.")
public final class CheckRulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The rule files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    return StreamBridge.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
        (out, err) -> RuleFileChecker.check(files, out, err));
  }
}
