package io.argus.promql.scripttest;

import io.argus.core.label.Labels;
import java.util.List;

/** One command of a PromQL test script. */
sealed interface ScriptCommand {

  /** The 1-based line of the command's header. */
  int line();

  /** {@code load <step>}: series lines with their expanded slots. */
  record Load(int line, long stepMillis, List<LoadedSeries> series) implements ScriptCommand {}

  record LoadedSeries(Labels labels, SeriesValues values) {}

  /** {@code clear}: a fresh empty store. */
  record Clear(int line) implements ScriptCommand {}

  /** An {@code eval} command with its expectations. */
  record Eval(
      int line,
      boolean range,
      String expression,
      long atMillis,
      long startMillis,
      long endMillis,
      long stepMillis,
      Expectations expectations)
      implements ScriptCommand {}

  /** A failure expectation: any error, an exact message, or a pattern found in the message. */
  record MessageMatch(String exact, String pattern) {

    boolean matches(String message) {
      if (exact != null) {
        return exact.equals(message);
      }
      if (pattern != null) {
        return java.util.regex.Pattern.compile(pattern).matcher(message).find();
      }
      return true;
    }
  }

  record ExpectedSeries(Labels labels, SeriesValues values) {}

  /** Everything an eval's body and header state about the outcome. */
  record Expectations(
      MessageMatch fail,
      List<MessageMatch> warnings,
      boolean atLeastOneWarning,
      boolean noWarnings,
      List<MessageMatch> infos,
      boolean atLeastOneInfo,
      boolean noInfos,
      boolean ordered,
      long[] rangeVector,
      String string,
      Double scalar,
      List<ExpectedSeries> series,
      boolean usesHistograms) {}
}
