package io.argus.server.cli;

import io.argus.rules.file.RuleFileChecker;
import io.argus.server.config.ConfigException;
import io.argus.server.config.ConfigLoader;
import io.argus.server.config.PrometheusConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argus check config FILE…}: validates configuration files with the output and exit codes of
 * {@code promtool check config} (0 when all are valid, 1 otherwise; every file is checked).
 */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Check if the config files are valid or not.")
public final class CheckConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--syntax-only", description = "Only check the config file syntax, ignoring file and content validation referenced in the config.")
  boolean syntaxOnly;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The config files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path file : files) {
      out.println("Checking " + file);
      try {
        PrometheusConfig config = ConfigLoader.load(file);
        List<Path> ruleFiles = syntaxOnly ? List.of() : expandRuleFiles(config.ruleFiles());
        if (!syntaxOnly) {
          out.println("  SUCCESS: " + ruleFiles.size() + " rule files found");
        }
        out.println(" SUCCESS: " + file + " is valid prometheus config file syntax");
        out.println();
        if (!ruleFiles.isEmpty()
            && StreamBridge.run(out, err, (ruleOut, ruleErr) -> RuleFileChecker.check(ruleFiles, ruleOut, ruleErr)) != 0) {
          allValid = false;
        }
      } catch (ConfigException | IOException e) {
        err.println("  FAILED: " + e.getMessage());
        out.println();
        allValid = false;
      }
      out.flush();
      err.flush();
    }
    return allValid ? 0 : 1;
  }

  /** The files the rule_files globs match, in order, each glob's matches sorted. */
  static List<Path> expandRuleFiles(List<String> patterns) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String pattern : patterns) {
      Path path = Path.of(pattern);
      Path directory = path.getParent() == null ? Path.of(".") : path.getParent();
      String name = path.getFileName().toString();
      if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
        files.add(path);
        continue;
      }
      if (!Files.isDirectory(directory)) {
        continue;
      }
      List<Path> matches = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, name)) {
        stream.forEach(matches::add);
      }
      matches.sort(null);
      files.addAll(matches);
    }
    return files;
  }
}
