package io.argus.rules.file;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code promtool check rules} as a library ({@code argus check rules FILE…}): prints {@code
 * Checking FILE}, then {@code SUCCESS: N rules found} or {@code FAILED:} with every problem, and
 * returns promtool's exit code (0 when all files are valid, 1 otherwise).
 */
public final class RuleFileChecker {

  private RuleFileChecker() {}

  public static int check(List<Path> files, PrintStream out, PrintStream err) {
    boolean failed = false;
    for (Path file : files) {
      out.println("Checking " + file);
      try {
        RuleFile ruleFile = RuleFileLoader.load(file);
        int rules = 0;
        for (RuleGroupConfig group : ruleFile.groups()) {
          rules += group.rules().size();
        }
        out.println("  SUCCESS: " + rules + " rules found");
      } catch (RuleFileException e) {
        err.println("  FAILED:");
        for (String error : e.errors()) {
          err.println(error);
        }
        failed = true;
      }
      out.println();
    }
    return failed ? 1 : 0;
  }
}
