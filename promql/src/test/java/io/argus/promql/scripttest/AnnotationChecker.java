package io.argus.promql.scripttest;

import io.argus.promql.engine.QueryResult;
import java.util.List;

/** Checks warnings and infos against an eval's expectations (FORMAT.md 7.5). */
final class AnnotationChecker {

  private AnnotationChecker() {}

  static String check(ScriptCommand.Expectations expected, QueryResult result, String query) {
    String warnings =
        checkKind(
            "warning",
            result.warnings(query),
            expected.warnings(),
            expected.atLeastOneWarning(),
            expected.noWarnings());
    if (warnings != null) {
      return warnings;
    }
    return checkKind(
        "info",
        result.infos(query),
        expected.infos(),
        expected.atLeastOneInfo(),
        expected.noInfos());
  }

  private static String checkKind(
      String kind,
      List<String> actual,
      List<ScriptCommand.MessageMatch> expected,
      boolean atLeastOne,
      boolean none) {
    if (none) {
      return actual.isEmpty() ? null : "expected no " + kind + "s, got " + actual;
    }
    if ((atLeastOne || !expected.isEmpty()) && actual.isEmpty()) {
      return "expected at least one " + kind + ", got none";
    }
    for (ScriptCommand.MessageMatch match : expected) {
      if (actual.stream().noneMatch(match::matches)) {
        return "no " + kind + " matches " + match + "; got " + actual;
      }
    }
    if (!expected.isEmpty()) {
      for (String text : actual) {
        if (expected.stream().noneMatch(match -> match.matches(text))) {
          return "unexpected " + kind + " " + text;
        }
      }
    }
    return null;
  }
}
