package io.argus.rules.unittest;

import java.util.List;
import java.util.Map;

/** A promtool rule unit-test file, as read. Durations are milliseconds. */
record UnitTestFile(
    List<String> ruleFiles, long evaluationIntervalMillis, List<String> groupEvaluationOrder, List<TestGroup> tests) {

  /** One entry of {@code tests}. */
  record TestGroup(
      String name,
      long intervalMillis,
      List<InputSeries> inputSeries,
      List<AlertTest> alertTests,
      List<ExpressionTest> expressionTests,
      Map<String, String> externalLabels,
      String externalUrl) {}

  record InputSeries(String series, String values) {}

  record AlertTest(long evaluationTimeMillis, String alertName, List<ExpectedAlert> expectedAlerts) {}

  record ExpectedAlert(Map<String, String> labels, Map<String, String> annotations) {}

  record ExpressionTest(String expr, long evaluationTimeMillis, List<ExpectedSample> expectedSamples) {}

  record ExpectedSample(String labels, double value) {}
}
