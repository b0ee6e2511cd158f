package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.ValueType;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs PromQL queries. Thread-safe and stateless between queries: each query plans its selectors'
 * time ranges, loads them through one {@link Querier}, evaluates step by step, and finally removes
 * the metric names that functions and operators marked for removal (Prometheus 3's delayed name
 * removal), failing if that makes two series equal.
 */
public final class Engine {

  private final EngineOptions options;

  public Engine(EngineOptions options) {
    this.options = options;
  }

  public EngineOptions options() {
    return options;
  }

  /**
   * Evaluates {@code expr} at one time.
   *
   * @throws QueryException with Prometheus' message when the query cannot be evaluated
   */
  public QueryResult instantQuery(Queryable queryable, Expr expr, long timeMillis) {
    long started = System.nanoTime();
    long deadline = started + options.timeout().toNanos();
    QueryValidation.check(expr, options);
    List<String> storageWarnings = new ArrayList<>();
    SelectorPlanner planner =
        new SelectorPlanner(timeMillis, timeMillis, 0, options.lookbackDeltaMillis());
    Map<VectorSelector, long[]> ranges = planner.plan(expr);
    try (Querier querier = open(queryable, ranges, timeMillis, timeMillis)) {
      QueryContext context =
          prepare(querier, planner, ranges, timeMillis, timeMillis, 0, deadline, storageWarnings);
      long prepared = System.nanoTime();
      Evaluator evaluator = new Evaluator(context);
      context.startStep();
      Value value = finish(evaluator.eval(expr, timeMillis));
      return new QueryResult(
          value,
          annotations(context, storageWarnings),
          statistics(context, started, prepared));
    }
  }

  private static QueryStatistics statistics(QueryContext context, long started, long prepared) {
    long now = System.nanoTime();
    return new QueryStatistics(
        context.loadedSamples(), context.peakSamples(), prepared - started, now - prepared);
  }

  /**
   * Evaluates {@code expr} at {@code start}, {@code start + step}, … up to {@code end}; the result
   * is always a {@link Matrix} sorted by labels.
   *
   * @throws QueryException with Prometheus' message when the query cannot be evaluated
   */
  public QueryResult rangeQuery(
      Queryable queryable, Expr expr, long startMillis, long endMillis, long stepMillis) {
    if (expr.type() != ValueType.SCALAR && expr.type() != ValueType.INSTANT_VECTOR) {
      throw QueryException.badData(
          "invalid expression type \""
              + expr.type().description()
              + "\" for range query, must be Scalar or instant Vector");
    }
    if (stepMillis <= 0) {
      throw QueryException.badData(
          "zero or negative query resolution step widths are not accepted. Try a positive"
              + " integer");
    }
    if (endMillis < startMillis) {
      throw QueryException.badData("end timestamp must not be before start time");
    }
    long started = System.nanoTime();
    long deadline = started + options.timeout().toNanos();
    QueryValidation.check(expr, options);
    List<String> storageWarnings = new ArrayList<>();
    SelectorPlanner planner =
        new SelectorPlanner(startMillis, endMillis, stepMillis, options.lookbackDeltaMillis());
    Map<VectorSelector, long[]> ranges = planner.plan(expr);
    try (Querier querier = open(queryable, ranges, startMillis, endMillis)) {
      QueryContext context =
          prepare(
              querier, planner, ranges, startMillis, endMillis, stepMillis, deadline,
              storageWarnings);
      long prepared = System.nanoTime();
      Evaluator evaluator = new Evaluator(context);
      Map<Labels, PointsBuilder> series = new LinkedHashMap<>();
      long points = 0;
      for (long time = startMillis; time <= endMillis; time += stepMillis) {
        context.startStep();
        points += Evaluator.collect(series, evaluator.eval(expr, time), time);
        if (points > options.maxSamples()) {
          throw new QueryException(ErrorKind.TOO_MANY_SAMPLES, QueryException.TOO_MANY_SAMPLES);
        }
      }
      List<MatrixSeries> out = new ArrayList<>(series.size());
      for (PointsBuilder builder : series.values()) {
        out.add(builder.build());
      }
      Value value = finish(new Matrix(out));
      return new QueryResult(
          value,
          annotations(context, storageWarnings),
          statistics(context, started, prepared));
    }
  }

  /** One querier covering every selector's planned range. */
  private static Querier open(
      Queryable queryable, Map<VectorSelector, long[]> ranges, long startMillis, long endMillis) {
    long min = startMillis;
    long max = endMillis;
    for (long[] range : ranges.values()) {
      min = Math.min(min, range[0]);
      max = Math.max(max, range[1]);
    }
    return queryable.querier(min, max);
  }

  private QueryContext prepare(
      Querier querier,
      SelectorPlanner planner,
      Map<VectorSelector, long[]> ranges,
      long startMillis,
      long endMillis,
      long stepMillis,
      long deadlineNanos,
      List<String> storageWarnings) {
    Map<VectorSelector, List<SeriesData>> data =
        SeriesLoader.load(querier, ranges, stepMillis, storageWarnings);
    return new QueryContext(
        options,
        startMillis,
        endMillis,
        stepMillis,
        data,
        planner.infoSelectors(),
        deadlineNanos);
  }

  private static List<Annotation> annotations(QueryContext context, List<String> storageWarnings) {
    List<Annotation> annotations = new ArrayList<>();
    for (String warning : new HashSet<>(storageWarnings)) {
      annotations.add(new Annotation(Annotation.Severity.WARNING, warning, null));
    }
    annotations.addAll(context.annotations());
    return annotations;
  }

  /** Removes pending metric names; equal label sets afterwards are Prometheus' error. */
  static Value finish(Value value) {
    return switch (value) {
      case Scalar scalar -> scalar;
      case StringValue string -> string;
      case Vector vector -> finishVector(vector);
      case Matrix matrix -> finishMatrix(matrix);
    };
  }

  private static Vector finishVector(Vector vector) {
    List<Sample> out = new ArrayList<>(vector.size());
    Set<Labels> seen = new HashSet<>();
    for (Sample sample : vector.samples()) {
      Labels labels = sample.dropName() ? withoutName(sample.labels()) : sample.labels();
      if (!seen.add(labels)) {
        throw QueryException.execution("vector cannot contain metrics with the same labelset");
      }
      out.add(new Sample(labels, sample.timestampMillis(), sample.value(), false));
    }
    return new Vector(out);
  }

  /** The metric name goes, and with it the type and unit labels that describe it. */
  private static Labels withoutName(Labels labels) {
    if (!labels.has(Labels.METRIC_NAME) && !labels.has("__type__") && !labels.has("__unit__")) {
      return labels;
    }
    return labels.toBuilder().remove(Labels.METRIC_NAME, "__type__", "__unit__").build();
  }

  private static Matrix finishMatrix(Matrix matrix) {
    Map<Labels, List<MatrixSeries>> byLabels = new LinkedHashMap<>();
    for (MatrixSeries series : matrix.series()) {
      Labels labels = series.dropName() ? withoutName(series.labels()) : series.labels();
      byLabels.computeIfAbsent(labels, key -> new ArrayList<>()).add(series);
    }
    List<MatrixSeries> out = new ArrayList<>(byLabels.size());
    for (Map.Entry<Labels, List<MatrixSeries>> entry : byLabels.entrySet()) {
      out.add(merge(entry.getKey(), entry.getValue()));
    }
    out.sort((a, b) -> a.labels().compareTo(b.labels()));
    return new Matrix(out);
  }

  /** Series that became equal when their names were dropped merge if their times do not collide. */
  private static MatrixSeries merge(Labels labels, List<MatrixSeries> parts) {
    if (parts.size() == 1) {
      MatrixSeries only = parts.get(0);
      return new MatrixSeries(labels, only.timestampsMillis(), only.values(), false);
    }
    java.util.TreeMap<Long, Double> points = new java.util.TreeMap<>();
    for (MatrixSeries part : parts) {
      for (int i = 0; i < part.size(); i++) {
        if (points.put(part.timestampsMillis()[i], part.values()[i]) != null) {
          throw QueryException.execution("vector cannot contain metrics with the same labelset");
        }
      }
    }
    long[] timestamps = new long[points.size()];
    double[] values = new double[points.size()];
    int index = 0;
    for (Map.Entry<Long, Double> point : points.entrySet()) {
      timestamps[index] = point.getKey();
      values[index] = point.getValue();
      index++;
    }
    return new MatrixSeries(labels, timestamps, values, false);
  }
}
