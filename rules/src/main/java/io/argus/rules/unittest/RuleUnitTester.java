package io.argus.rules.unittest;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.promql.engine.Sample;
import io.argus.promql.parser.PromqlParser;
import io.argus.rules.evaluation.AlertSnapshot;
import io.argus.rules.evaluation.AlertState;
import io.argus.rules.evaluation.AlertingRule;
import io.argus.rules.evaluation.GroupOptions;
import io.argus.rules.evaluation.NotifyFunction;
import io.argus.rules.evaluation.QueryFunction;
import io.argus.rules.evaluation.Rule;
import io.argus.rules.evaluation.RuleGroup;
import io.argus.rules.file.RuleFile;
import io.argus.rules.file.RuleFileException;
import io.argus.rules.file.RuleFileLoader;
import io.argus.rules.file.RuleGroupConfig;
import io.argus.rules.manager.RuleFileGlobs;
import io.argus.rules.template.GoTime;
import io.argus.rules.unittest.UnitTestFile.AlertTest;
import io.argus.rules.unittest.UnitTestFile.ExpectedAlert;
import io.argus.rules.unittest.UnitTestFile.ExpectedSample;
import io.argus.rules.unittest.UnitTestFile.ExpressionTest;
import io.argus.rules.unittest.UnitTestFile.InputSeries;
import io.argus.rules.unittest.UnitTestFile.TestGroup;
import io.argus.core.time.PrometheusDuration;
import io.argus.template.format.GoFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code promtool test rules} as a library: for each file, loads the rule files it names, writes
 * each test's input series into a fresh {@link MemoryStorage}, evaluates all groups every {@code
 * evaluation_interval} from time 0 to the last {@code eval_time}, compares firing alerts after the
 * evaluation at or just before each alert test's time, then runs the expression tests; prints
 * promtool's report ({@code Unit Testing:  FILE}, {@code SUCCESS} or {@code FAILED:} with the same
 * error texts). The CLI calls {@link #run}.
 */
public final class RuleUnitTester {

  private RuleUnitTester() {}

  /** Tests every file; returns the exit code (0 when all pass, 1 otherwise). */
  public static int run(List<Path> files, PrintStream out, PrintStream err) {
    boolean failed = false;
    for (Path file : files) {
      out.println("Unit Testing:  " + file);
      List<String> errors = testFile(file, err);
      if (errors.isEmpty()) {
        out.println("  SUCCESS");
      } else {
        err.println("  FAILED:");
        for (String error : errors) {
          err.println(error);
          out.println();
        }
        failed = true;
      }
      out.println();
    }
    return failed ? 1 : 0;
  }

  /** The failures of one test file; empty when it passes. Warnings go to {@code err}. */
  public static List<String> testFile(Path file, PrintStream err) {
    UnitTestFile tests;
    try {
      tests = UnitTestFileReader.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return List.of("open " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
    Path base = file.toAbsolutePath().getParent();
    List<Path> ruleFiles = new ArrayList<>();
    for (String pattern : tests.ruleFiles()) {
      List<Path> matched = RuleFileGlobs.expand(List.of(pattern), base);
      if (matched.isEmpty()) {
        err.println("  WARNING: no file match pattern " + base.resolve(pattern));
      }
      ruleFiles.addAll(matched);
    }
    long evaluationInterval = tests.evaluationIntervalMillis() == 0 ? 60_000 : tests.evaluationIntervalMillis();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < tests.groupEvaluationOrder().size(); i++) {
      String group = tests.groupEvaluationOrder().get(i);
      if (order.put(group, i) != null) {
        return List.of("group name repeated in evaluation order: " + group);
      }
    }
    List<String> errors = new ArrayList<>();
    for (TestGroup test : tests.tests()) {
      long interval = test.intervalMillis() == 0 ? evaluationInterval : test.intervalMillis();
      errors.addAll(runTest(test, interval, evaluationInterval, order, ruleFiles));
    }
    return errors;
  }

  private static List<String> runTest(
      TestGroup test, long seriesInterval, long evaluationInterval, Map<String, Integer> order, List<Path> ruleFiles) {
    MemoryStorage storage = new MemoryStorage();
    try {
      load(storage, test.inputSeries(), seriesInterval);
    } catch (RuntimeException e) {
      return List.of(e.getMessage());
    }
    List<RuleFile> files = new ArrayList<>();
    List<String> loadErrors = new ArrayList<>();
    for (Path path : ruleFiles) {
      try {
        files.add(RuleFileLoader.load(path));
      } catch (RuleFileException e) {
        loadErrors.addAll(e.errors());
      }
    }
    if (!loadErrors.isEmpty()) {
      return loadErrors;
    }
    Engine engine = new Engine(EngineOptions.defaults());
    QueryFunction query = QueryFunction.of(engine, storage);
    GroupOptions options = GroupOptions.defaults(query, storage, storage, NotifyFunction.none())
        .withDefaultInterval(seriesInterval)
        .withExternal(test.externalLabels(), test.externalUrl());
    List<RuleGroup> groups = new ArrayList<>();
    for (RuleFile file : files) {
      for (RuleGroupConfig config : file.groups()) {
        groups.add(new RuleGroup(config, options, true, () -> 0L));
      }
    }
    groups.sort(Comparator.comparingInt(group -> order.getOrDefault(group.name(), 0)));

    TreeMap<Long, List<AlertTest>> alertTests = new TreeMap<>();
    for (AlertTest alertTest : test.alertTests()) {
      if (alertTest.alertName().isEmpty()) {
        return List.of("    alertname is missing");
      }
      alertTests.computeIfAbsent(alertTest.evaluationTimeMillis(), key -> new ArrayList<>()).add(alertTest);
    }
    long maxTime = 0;
    for (AlertTest alertTest : test.alertTests()) {
      maxTime = Math.max(maxTime, alertTest.evaluationTimeMillis());
    }
    for (ExpressionTest expressionTest : test.expressionTests()) {
      maxTime = Math.max(maxTime, expressionTest.evaluationTimeMillis());
    }
    List<String> errors = new ArrayList<>();
    for (long time = 0; time <= maxTime; time += evaluationInterval) {
      List<String> evaluationErrors = new ArrayList<>();
      for (RuleGroup group : groups) {
        group.evaluate(time);
        for (Rule rule : group.rules()) {
          if (rule.status().lastError() != null) {
            evaluationErrors.add("    rule: " + rule.name() + ", time: " + GoTime.formatDuration(time * 1_000_000L)
                + ", err: " + rule.status().lastError());
          }
        }
      }
      errors.addAll(evaluationErrors);
      if (!evaluationErrors.isEmpty()) {
        return errors;
      }
      for (Map.Entry<Long, List<AlertTest>> due : alertTests.subMap(time, true, time + evaluationInterval, false).entrySet()) {
        for (AlertTest alertTest : due.getValue()) {
          String failure = checkAlerts(test, alertTest, groups);
          if (failure != null) {
            errors.add(failure);
          }
        }
      }
    }
    for (ExpressionTest expressionTest : test.expressionTests()) {
      String failure = checkExpression(expressionTest, query);
      if (failure != null) {
        errors.add(failure);
      }
    }
    return errors;
  }

  private static void load(MemoryStorage storage, List<InputSeries> inputs, long interval) {
    Appender appender = storage.appender();
    for (InputSeries input : inputs) {
      Labels labels = PromqlParser.parseMetric(input.series());
      List<Double> values = SeriesNotation.expand(input.values());
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          appender.append(0, labels, i * interval, values.get(i));
        }
      }
    }
    appender.commit();
  }

  private record LabelsAndAnnotations(Labels labels, Labels annotations) {
    @Override
    public String toString() {
      return "Labels:" + labels + "\nAnnotations:" + annotations;
    }
  }

  private static final Comparator<LabelsAndAnnotations> ORDER =
      Comparator.comparing(LabelsAndAnnotations::labels).thenComparing(LabelsAndAnnotations::annotations);

  private static String checkAlerts(TestGroup test, AlertTest alertTest, List<RuleGroup> groups) {
    List<LabelsAndAnnotations> got = new ArrayList<>();
    for (RuleGroup group : groups) {
      for (Rule rule : group.rules()) {
        if (rule instanceof AlertingRule alerting && alerting.name().equals(alertTest.alertName())) {
          for (AlertSnapshot alert : alerting.activeAlerts()) {
            if (alert.state() == AlertState.FIRING) {
              got.add(new LabelsAndAnnotations(alert.labels(), alert.annotations()));
            }
          }
        }
      }
    }
    List<LabelsAndAnnotations> expected = new ArrayList<>();
    for (ExpectedAlert alert : alertTest.expectedAlerts()) {
      Map<String, String> labels = new LinkedHashMap<>(alert.labels());
      labels.put("alertname", alertTest.alertName());
      expected.add(new LabelsAndAnnotations(Labels.of(labels), Labels.of(alert.annotations())));
    }
    got.sort(ORDER);
    expected.sort(ORDER);
    if (got.equals(expected)) {
      return null;
    }
    String name = test.name().isEmpty() ? "" : "    name: " + test.name() + ",\n";
    return name + "    alertname: " + alertTest.alertName() + ", time: " + PrometheusDuration.format(alertTest.evaluationTimeMillis())
        + ", \n        exp:" + indent(describe(expected), "            ")
        + ", \n        got:" + indent(describe(got), "            ");
  }

  private static String describe(List<LabelsAndAnnotations> alerts) {
    if (alerts.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder("[\n0:" + indent("\n" + alerts.getFirst(), "  "));
    for (int i = 1; i < alerts.size(); i++) {
      out.append(",\n").append(i).append(':').append(indent("\n" + alerts.get(i), "  "));
    }
    return out.append("\n]").toString();
  }

  private static String indent(String lines, String indent) {
    String[] parts = lines.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(indent);
      }
      out.append(parts[i]);
      if (i != parts.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private record ParsedSample(Labels labels, double value) {
    @Override
    public String toString() {
      return labels + " " + GoFormat.formatFloat(value, 'E', -1);
    }
  }

  private static String checkExpression(ExpressionTest test, QueryFunction query) {
    String where = "    expr: " + GoFormat.quote(test.expr()) + ", time: " + PrometheusDuration.format(test.evaluationTimeMillis());
    List<ParsedSample> got = new ArrayList<>();
    try {
      for (Sample sample : query.query(PromqlParser.parseExpr(test.expr()), test.evaluationTimeMillis()).samples()) {
        got.add(new ParsedSample(sample.labels(), sample.value()));
      }
    } catch (RuntimeException e) {
      return where + ", err: " + e.getMessage();
    }
    List<ParsedSample> expected = new ArrayList<>();
    for (ExpectedSample sample : test.expectedSamples()) {
      try {
        expected.add(new ParsedSample(PromqlParser.parseMetric(sample.labels()), sample.value()));
      } catch (RuntimeException e) {
        return where + ", err: labels " + GoFormat.quote(sample.labels()) + ": " + e.getMessage();
      }
    }
    expected.sort(Comparator.comparing(ParsedSample::labels));
    got.sort(Comparator.comparing(ParsedSample::labels));
    if (sameSamples(expected, got)) {
      return null;
    }
    return where + ",\n        exp: " + samplesString(expected) + "\n        got: " + samplesString(got);
  }

  /** Go's {@code reflect.DeepEqual} on floats: NaN never equals NaN. */
  private static boolean sameSamples(List<ParsedSample> expected, List<ParsedSample> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).labels().equals(got.get(i).labels()) || !(expected.get(i).value() == got.get(i).value())) {
        return false;
      }
    }
    return true;
  }

  private static String samplesString(List<ParsedSample> samples) {
    if (samples.isEmpty()) {
      return "nil";
    }
    StringBuilder out = new StringBuilder(samples.getFirst().toString());
    for (int i = 1; i < samples.size(); i++) {
      out.append(", ").append(samples.get(i));
    }
    return out.toString();
  }
}
