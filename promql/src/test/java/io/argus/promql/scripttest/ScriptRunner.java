package io.argus.promql.scripttest;

import io.argus.core.label.Labels;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.Matrix;
import io.argus.promql.engine.MatrixSeries;
import io.argus.promql.engine.QueryException;
import io.argus.promql.engine.QueryResult;
import io.argus.promql.engine.Sample;
import io.argus.promql.engine.Scalar;
import io.argus.promql.engine.Value;
import io.argus.promql.engine.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Executes a parsed test script against a fresh {@link InMemoryQueryable} and an {@link Engine},
 * with the reference runner's cross-checks for instant evals (the {@code @}-pinned variants and the
 * range-mode check, FORMAT.md 7.2).
 */
final class ScriptRunner {

  /** The outcome of one eval. */
  record Outcome(int line, String expression, boolean passed, boolean skipped, String failure) {}

  private final Engine engine;
  private final Function<String, Expr> expressionParser;

  ScriptRunner(Engine engine, Function<String, Expr> expressionParser) {
    this.engine = engine;
    this.expressionParser = expressionParser;
  }

  /**
   * Runs the commands in order.
   *
   * @param skippedLines eval lines not to run (counted as skipped), e.g. native-histogram cases
   */
  List<Outcome> run(List<ScriptCommand> commands, java.util.Set<Integer> skippedLines) {
    List<Outcome> outcomes = new ArrayList<>();
    InMemoryQueryable store = new InMemoryQueryable();
    String loadFailure = null;
    for (ScriptCommand command : commands) {
      switch (command) {
        case ScriptCommand.Clear clear -> store = new InMemoryQueryable();
        case ScriptCommand.Load load -> {
          if (loadFailure == null) {
            try {
              load(store, load);
            } catch (RuntimeException e) {
              loadFailure = "load at line " + load.line() + " failed: " + e.getMessage();
            }
          }
        }
        case ScriptCommand.Eval eval -> {
          if (skippedLines.contains(eval.line())) {
            outcomes.add(new Outcome(eval.line(), eval.expression(), false, true, null));
            continue;
          }
          if (loadFailure != null) {
            outcomes.add(new Outcome(eval.line(), eval.expression(), false, false, loadFailure));
            continue;
          }
          String failure;
          try {
            failure = eval(store, eval);
          } catch (RuntimeException e) {
            failure = "unexpected " + e;
          }
          outcomes.add(
              new Outcome(eval.line(), eval.expression(), failure == null, false, failure));
        }
      }
    }
    return outcomes;
  }

  private static void load(InMemoryQueryable store, ScriptCommand.Load load) {
    for (ScriptCommand.LoadedSeries series : load.series()) {
      SeriesValues values = series.values();
      for (int slot = 0; slot < values.size(); slot++) {
        if (values.present()[slot]) {
          store.append(series.labels(), slot * load.stepMillis(), values.values()[slot]);
        }
      }
    }
  }

  private String eval(InMemoryQueryable store, ScriptCommand.Eval eval) {
    ScriptCommand.Expectations expected = eval.expectations();
    Expr expr;
    try {
      expr = expressionParser.apply(eval.expression());
    } catch (RuntimeException e) {
      // FORMAT.md 10.3: a parse-time error counts as this eval's query error.
      return failure(expected, errorMessage(e), "parse error: " + e.getMessage());
    }
    if (eval.range()) {
      return runRange(store, eval, expr, eval.startMillis(), eval.endMillis(), eval.stepMillis());
    }
    long time = eval.atMillis();
    String result = runInstant(store, eval, expr, eval.expression(), time);
    if (result != null || AtPinning.isTimeDependent(expr)) {
      return result;
    }
    long[] times =
        time == 0
            ? new long[] {-1000, 0, 1000}
            : new long[] {time * -10, 0, time / 5, time, time * 10};
    Expr pinned = AtPinning.pin(expr, time);
    String pinnedText =
        eval.expression().replace("@ start()", "").replace("@ end()", "");
    for (long variantTime : times) {
      String variant = runInstant(store, eval, pinned, pinnedText, variantTime);
      if (variant != null) {
        return "with @ " + time + " at " + variantTime + ": " + variant;
      }
    }
    return null;
  }

  /** The message to compare with {@code expect fail}, without parser position prefixes. */
  private static String errorMessage(RuntimeException e) {
    if (e instanceof io.argus.promql.parser.ParseException parseException) {
      return parseException.detail();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private static String failure(
      ScriptCommand.Expectations expected, String message, String description) {
    if (expected.fail() == null) {
      return "unexpected error: " + description;
    }
    return expected.fail().matches(message)
        ? null
        : "error \"" + message + "\" does not match the expected failure " + expected.fail();
  }

  private String runRange(
      InMemoryQueryable store,
      ScriptCommand.Eval eval,
      Expr expr,
      long start,
      long end,
      long step) {
    ScriptCommand.Expectations expected = eval.expectations();
    QueryResult result;
    try {
      result = engine.rangeQuery(store, expr, start, end, step);
    } catch (QueryException e) {
      return failure(expected, e.getMessage(), e.getMessage());
    }
    if (expected.fail() != null) {
      return "expected error " + expected.fail() + " but the query succeeded";
    }
    String annotations = AnnotationChecker.check(expected, result, eval.expression());
    if (annotations != null) {
      return annotations;
    }
    return ResultChecker.check(expected, result.value(), start, end, step);
  }

  private String runInstant(
      InMemoryQueryable store, ScriptCommand.Eval eval, Expr expr, String text, long time) {
    ScriptCommand.Expectations expected = eval.expectations();
    QueryResult result;
    try {
      result = engine.instantQuery(store, expr, time);
    } catch (QueryException e) {
      return failure(expected, e.getMessage(), e.getMessage());
    }
    if (expected.fail() != null) {
      return "expected error " + expected.fail() + " but the query succeeded at " + time;
    }
    String annotations = AnnotationChecker.check(expected, result, eval.expression());
    if (annotations != null) {
      return annotations;
    }
    long[] rangeVector = expected.rangeVector();
    String difference =
        rangeVector != null
            ? ResultChecker.check(
                expected, result.value(), rangeVector[0], rangeVector[1], rangeVector[2])
            : ResultChecker.check(expected, result.value(), time, time, 1);
    if (difference != null) {
      return "at " + time + ": " + difference;
    }
    boolean skipRangeCheck =
        rangeVector != null
            || expected.string() != null
            || text.contains("start()")
            || text.contains("end()")
            || text.contains("range()")
            || text.contains("step()");
    return skipRangeCheck ? null : rangeModeCheck(store, expected, expr, time, result.value());
  }

  private String rangeModeCheck(
      InMemoryQueryable store,
      ScriptCommand.Expectations expected,
      Expr expr,
      long time,
      Value instantValue) {
    QueryResult result;
    try {
      result = engine.rangeQuery(store, expr, time - 60_000, time + 60_000, 60_000);
    } catch (QueryException e) {
      return "range-mode check at " + time + " failed: " + e.getMessage();
    }
    if (expected.ordered()) {
      return null;
    }
    Matrix matrix = (Matrix) result.value();
    for (int i = 1; i < matrix.series().size(); i++) {
      if (matrix.series().get(i - 1).labels().compareTo(matrix.series().get(i).labels()) >= 0) {
        return "range-mode check at " + time + ": matrix is not sorted";
      }
    }
    List<Sample> samples = new ArrayList<>();
    for (MatrixSeries series : matrix.series()) {
      for (int i = 0; i < series.size(); i++) {
        if (series.timestampsMillis()[i] == time) {
          samples.add(new Sample(series.labels(), time, series.values()[i]));
        }
      }
    }
    String difference;
    if (instantValue instanceof Scalar) {
      if (samples.isEmpty()) {
        return "range-mode check at " + time + ": no point for the scalar";
      }
      difference =
          ResultChecker.check(
              expected, new Scalar(time, samples.get(0).value()), time, time, 1);
    } else {
      difference = ResultChecker.checkVector(expected, new Vector(samples));
    }
    return difference == null ? null : "range-mode check at " + time + ": " + difference;
  }

  static Labels emptyLabels() {
    return Labels.empty();
  }
}
