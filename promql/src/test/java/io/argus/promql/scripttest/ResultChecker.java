package io.argus.promql.scripttest;

import io.argus.core.label.Labels;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.engine.Matrix;
import io.argus.promql.engine.MatrixSeries;
import io.argus.promql.engine.Sample;
import io.argus.promql.engine.Scalar;
import io.argus.promql.engine.StringValue;
import io.argus.promql.engine.Value;
import io.argus.promql.engine.Vector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a query's value with an eval's expectations as FORMAT.md section 7.6 specifies. Each
 * check returns null when the value matches, else a message saying what differs.
 */
final class ResultChecker {

  private static final double EPSILON = 1e-6;

  private ResultChecker() {}

  /** FORMAT.md 7.6.1: staleness NaN only equals itself, NaN equals NaN, else relative ε. */
  static boolean floatsEqual(double a, double b) {
    boolean aStale = StaleMarker.isStale(a);
    boolean bStale = StaleMarker.isStale(b);
    if (aStale || bStale) {
      return aStale && bStale;
    }
    if (Double.isNaN(a) && Double.isNaN(b)) {
      return true;
    }
    if (a == b) {
      return true;
    }
    double absoluteSum = Math.abs(a) + Math.abs(b);
    double difference = Math.abs(a - b);
    if (a == 0 || b == 0 || absoluteSum < Double.MIN_NORMAL) {
      return difference < EPSILON * Double.MIN_NORMAL;
    }
    return difference / Math.min(absoluteSum, Double.MAX_VALUE) < EPSILON;
  }

  /**
   * @param start the range start for matrix expectations (eval range or expect range vector)
   * @param step the step for matrix expectations
   * @param end the last time a matrix expectation may name
   */
  static String check(
      ScriptCommand.Expectations expected, Value actual, long start, long end, long step) {
    return switch (actual) {
      case Scalar scalar -> {
        if (expected.scalar() == null) {
          yield "expected vector or matrix result, but got scalar " + scalar.value();
        }
        yield floatsEqual(expected.scalar(), scalar.value())
            ? null
            : "expected scalar " + expected.scalar() + ", got " + scalar.value();
      }
      case StringValue string -> {
        String wanted = expected.string() == null ? "" : expected.string();
        yield wanted.equals(string.value())
            ? null
            : "expected string \"" + wanted + "\", got \"" + string.value() + "\"";
      }
      case Vector vector -> checkVector(expected, vector);
      case Matrix matrix -> checkMatrix(expected, matrix, start, end, step);
    };
  }

  static String checkVector(ScriptCommand.Expectations expected, Vector vector) {
    if (expected.scalar() != null) {
      return "expected scalar " + expected.scalar() + ", got vector " + vector.samples();
    }
    Map<Labels, ScriptCommand.ExpectedSeries> byLabels = new HashMap<>();
    Map<Labels, Integer> positions = new HashMap<>();
    List<ScriptCommand.ExpectedSeries> series = expected.series();
    for (int i = 0; i < series.size(); i++) {
      byLabels.put(series.get(i).labels(), series.get(i));
      positions.put(series.get(i).labels(), i);
    }
    for (int i = 0; i < vector.size(); i++) {
      Sample sample = vector.samples().get(i);
      ScriptCommand.ExpectedSeries wanted = byLabels.get(sample.labels());
      if (wanted == null) {
        return "unexpected metric " + sample.labels() + " in result, with value " + sample.value();
      }
      SeriesValues values = wanted.values();
      if (values.size() == 0 || values.histogram()[0] || !values.present()[0]) {
        return "expected a histogram or nothing for " + sample.labels() + ", got a float";
      }
      if (!floatsEqual(values.values()[0], sample.value())) {
        return "expected " + values.values()[0] + " for " + sample.labels() + " but got "
            + sample.value();
      }
      if (expected.ordered() && positions.get(sample.labels()) != i) {
        return "expected " + sample.labels() + " at position " + (positions.get(sample.labels()) + 1)
            + " but it is at " + (i + 1);
      }
    }
    if (vector.size() != byLabels.size()) {
      for (Labels labels : byLabels.keySet()) {
        boolean found = vector.samples().stream().anyMatch(s -> s.labels().equals(labels));
        if (!found) {
          return "expected metric " + labels + " not found in result " + vector.samples();
        }
      }
    }
    return null;
  }

  private static String checkMatrix(
      ScriptCommand.Expectations expected, Matrix matrix, long start, long end, long step) {
    if (expected.ordered()) {
      return "expected ordered result, but query returned a matrix";
    }
    if (expected.scalar() != null) {
      return "expected scalar " + expected.scalar() + ", got matrix";
    }
    for (int i = 1; i < matrix.series().size(); i++) {
      if (matrix.series().get(i - 1).labels().compareTo(matrix.series().get(i).labels()) >= 0) {
        return "matrix result is not sorted by labels";
      }
    }
    Map<Labels, ScriptCommand.ExpectedSeries> byLabels = new HashMap<>();
    for (ScriptCommand.ExpectedSeries series : expected.series()) {
      byLabels.put(series.labels(), series);
    }
    for (MatrixSeries series : matrix.series()) {
      ScriptCommand.ExpectedSeries wanted = byLabels.get(series.labels());
      if (wanted == null) {
        return "unexpected metric " + series.labels() + " in result";
      }
      String difference = comparePoints(wanted.values(), series, start, end, step);
      if (difference != null) {
        return "series " + series.labels() + ": " + difference;
      }
    }
    if (matrix.series().size() != byLabels.size()) {
      for (Labels labels : byLabels.keySet()) {
        if (matrix.series().stream().noneMatch(s -> s.labels().equals(labels))) {
          return "expected metric " + labels + " not found in result";
        }
      }
    }
    return null;
  }

  private static String comparePoints(
      SeriesValues wanted, MatrixSeries actual, long start, long end, long step) {
    int actualIndex = 0;
    for (int i = 0; i < wanted.size(); i++) {
      if (!wanted.present()[i] && !wanted.histogram()[i]) {
        continue;
      }
      long time = start + i * step;
      if (time > end) {
        return "expected point at " + time + " is after the range end " + end;
      }
      if (wanted.histogram()[i]) {
        return "expected a histogram at " + time;
      }
      if (actualIndex >= actual.size()) {
        return "missing point at " + time + " (expected " + wanted.values()[i] + ")";
      }
      long actualTime = actual.timestampsMillis()[actualIndex];
      double actualValue = actual.values()[actualIndex];
      if (actualTime != time) {
        return "expected point at " + time + " but got one at " + actualTime;
      }
      if (!floatsEqual(wanted.values()[i], actualValue)) {
        return "at " + time + " expected " + wanted.values()[i] + " but got " + actualValue;
      }
      actualIndex++;
    }
    if (actualIndex != actual.size()) {
      return "unexpected extra point at " + actual.timestampsMillis()[actualIndex] + " with value "
          + actual.values()[actualIndex];
    }
    return null;
  }
}
