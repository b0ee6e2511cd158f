package io.argus.rules.unittest;

import io.argus.core.time.PrometheusDuration;
import io.argus.rules.unittest.UnitTestFile.AlertTest;
import io.argus.rules.unittest.UnitTestFile.ExpectedAlert;
import io.argus.rules.unittest.UnitTestFile.ExpectedSample;
import io.argus.rules.unittest.UnitTestFile.ExpressionTest;
import io.argus.rules.unittest.UnitTestFile.InputSeries;
import io.argus.rules.unittest.UnitTestFile.TestGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads promtool's unit-test YAML strictly (unknown keys are errors, as {@code UnmarshalStrict}). */
final class UnitTestFileReader {

  private UnitTestFileReader() {}

  static UnitTestFile read(String text) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("yaml: " + e.getMessage());
    }
    Map<String, Object> file = map(root, "main.unitTestFile",
        Set.of("rule_files", "evaluation_interval", "group_eval_order", "tests"));
    List<TestGroup> tests = new ArrayList<>();
    for (Object test : list(file.get("tests"))) {
      tests.add(testGroup(test));
    }
    return new UnitTestFile(
        strings(file.get("rule_files")),
        duration(file.get("evaluation_interval"), 0),
        strings(file.get("group_eval_order")),
        tests);
  }

  private static TestGroup testGroup(Object node) {
    Map<String, Object> test = map(node, "main.testGroup", Set.of(
        "interval", "input_series", "alert_rule_test", "promql_expr_test", "external_labels", "external_url", "name"));
    List<InputSeries> series = new ArrayList<>();
    for (Object item : list(test.get("input_series"))) {
      Map<String, Object> input = map(item, "main.series", Set.of("series", "values"));
      series.add(new InputSeries(string(input.get("series")), string(input.get("values"))));
    }
    List<AlertTest> alerts = new ArrayList<>();
    for (Object item : list(test.get("alert_rule_test"))) {
      Map<String, Object> alert = map(item, "main.alertTestCase", Set.of("eval_time", "alertname", "exp_alerts"));
      List<ExpectedAlert> expected = new ArrayList<>();
      for (Object exp : list(alert.get("exp_alerts"))) {
        Map<String, Object> fields = map(exp, "main.alert", Set.of("exp_labels", "exp_annotations"));
        expected.add(new ExpectedAlert(stringMap(fields.get("exp_labels")), stringMap(fields.get("exp_annotations"))));
      }
      alerts.add(new AlertTest(duration(alert.get("eval_time"), 0), string(alert.get("alertname")), expected));
    }
    List<ExpressionTest> expressions = new ArrayList<>();
    for (Object item : list(test.get("promql_expr_test"))) {
      Map<String, Object> expression = map(item, "main.promqlTestCase", Set.of("expr", "eval_time", "exp_samples"));
      List<ExpectedSample> samples = new ArrayList<>();
      for (Object exp : list(expression.get("exp_samples"))) {
        Map<String, Object> fields = map(exp, "main.sample", Set.of("labels", "value", "histogram"));
        samples.add(new ExpectedSample(string(fields.get("labels")), number(fields.get("value"))));
      }
      expressions.add(new ExpressionTest(string(expression.get("expr")), duration(expression.get("eval_time"), 0), samples));
    }
    return new TestGroup(
        string(test.get("name")),
        duration(test.get("interval"), 0),
        series,
        alerts,
        expressions,
        stringMap(test.get("external_labels")),
        string(test.get("external_url")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node, String type, Set<String> keys) {
    if (node == null) {
      return Map.of();
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("yaml: cannot unmarshal " + node + " into " + type);
    }
    for (Object key : map.keySet()) {
      if (!keys.contains(String.valueOf(key))) {
        throw new IllegalArgumentException("yaml: unmarshal errors:\n  field " + key + " not found in type " + type);
      }
    }
    return (Map<String, Object>) map;
  }

  private static List<?> list(Object node) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> list)) {
      throw new IllegalArgumentException("yaml: cannot unmarshal " + node + " into a list");
    }
    return list;
  }

  private static List<String> strings(Object node) {
    List<String> out = new ArrayList<>();
    for (Object item : list(node)) {
      out.add(string(item));
    }
    return out;
  }

  private static String string(Object node) {
    return node == null ? "" : String.valueOf(node);
  }

  private static Map<String, String> stringMap(Object node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("yaml: cannot unmarshal " + node + " into map[string]string");
    }
    map.forEach((key, value) -> out.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
    return out;
  }

  private static double number(Object node) {
    return switch (node) {
      case null -> 0;
      case Number number -> number.doubleValue();
      default -> {
        String text = node.toString();
        yield switch (text) {
          case "NaN", ".nan", ".NaN" -> Double.NaN;
          case "Inf", "+Inf", ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
          case "-Inf", "-.inf" -> Double.NEGATIVE_INFINITY;
          default -> {
            try {
              yield Double.parseDouble(text);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("yaml: cannot unmarshal !!str `" + text + "` into float64");
            }
          }
        };
      }
    };
  }

  private static long duration(Object node, long absent) {
    if (node == null) {
      return absent;
    }
    return PrometheusDuration.parseMillis(node.toString());
  }
}
