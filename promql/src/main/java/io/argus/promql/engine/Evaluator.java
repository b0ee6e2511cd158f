package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorSelector;
import io.argus.core.storage.StaleMarker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an expression at one time. Range queries call it once per step; subqueries call it for
 * each of their own steps. Selectors read the data {@link SeriesLoader} loaded for the query.
 */
final class Evaluator {

  final QueryContext context;
  private final BinaryOperations binaryOperations;
  private final Aggregations aggregations;
  private final FunctionCalls functionCalls;

  Evaluator(QueryContext context) {
    this.context = context;
    this.binaryOperations = new BinaryOperations(this);
    this.aggregations = new Aggregations(this);
    this.functionCalls = new FunctionCalls(this);
  }

  Value eval(Expr expr, long timeMillis) {
    return switch (expr) {
      case NumberLiteral number -> new Scalar(timeMillis, number.value());
      case StringLiteral string -> new StringValue(timeMillis, string.value());
      case ParenExpr paren -> eval(paren.expr(), timeMillis);
      case UnaryExpr unary -> unary(unary, timeMillis);
      case VectorSelector selector -> selectVector(selector, timeMillis, false);
      case MatrixSelector matrix -> toMatrix(rangeWindow(matrix, timeMillis));
      case SubqueryExpr subquery -> toMatrix(rangeWindow(subquery, timeMillis));
      case BinaryExpr binary -> binaryOperations.eval(binary, timeMillis);
      case AggregateExpr aggregate -> aggregations.eval(aggregate, timeMillis);
      case Call call -> functionCalls.eval(call, timeMillis);
    };
  }

  Vector evalVector(Expr expr, long timeMillis) {
    Value value = eval(expr, timeMillis);
    if (value instanceof Vector vector) {
      return vector;
    }
    throw unexpectedType("instant vector", value, expr);
  }

  double evalScalar(Expr expr, long timeMillis) {
    Value value = eval(expr, timeMillis);
    if (value instanceof Scalar scalar) {
      return scalar.value();
    }
    throw unexpectedType("scalar", value, expr);
  }

  String evalString(Expr expr, long timeMillis) {
    Value value = eval(expr, timeMillis);
    if (value instanceof StringValue string) {
      return string.value();
    }
    throw unexpectedType("string", value, expr);
  }

  /** The parser's type checks make this unreachable for parsed queries; hand-built ASTs may hit it. */
  private static QueryException unexpectedType(String expected, Value value, Expr expr) {
    String found =
        switch (value) {
          case Scalar scalar -> "scalar";
          case StringValue string -> "string";
          case Vector vector -> "instant vector";
          case Matrix matrix -> "range vector";
        };
    return QueryException.badData(
        "expected "
            + expected
            + ", got "
            + found
            + " at characters "
            + expr.position().start()
            + "-"
            + expr.position().end());
  }

  private Value unary(UnaryExpr unary, long timeMillis) {
    Value value = eval(unary.expr(), timeMillis);
    if (!unary.negative()) {
      return value;
    }
    if (value instanceof Scalar scalar) {
      return new Scalar(timeMillis, -scalar.value());
    }
    Vector vector = (Vector) value;
    List<Sample> out = new ArrayList<>(vector.size());
    for (Sample sample : vector.samples()) {
      out.add(new Sample(sample.labels(), timeMillis, -sample.value(), true));
    }
    return new Vector(out);
  }

  /**
   * The instant vector a selector gives at {@code timeMillis}: for each series the newest sample in
   * {@code (ref - lookback, ref]}, unless that sample is a staleness marker.
   *
   * @param sampleTimestamps whether samples carry their own timestamps (for {@code timestamp()})
   *     rather than the evaluation time
   */
  Vector selectVector(VectorSelector selector, long timeMillis, boolean sampleTimestamps) {
    long reference = referenceTime(selector, timeMillis);
    List<SeriesData> seriesList = context.data(selector);
    List<Sample> out = new ArrayList<>(seriesList.size());
    long lookback = context.options.lookbackDeltaMillis();
    boolean smoothed = selector.rangeModifier() == RangeModifier.SMOOTHED;
    for (SeriesData series : seriesList) {
      int index =
          SeriesData.lastAtOrBefore(series.allTimestamps, reference, series.instantCursor);
      series.instantCursor = index;
      if (smoothed) {
        smoothedSample(series, reference, lookback, timeMillis, out);
        continue;
      }
      if (index < 0) {
        continue;
      }
      long sampleTime = series.allTimestamps[index];
      double value = series.allValues[index];
      if (sampleTime <= reference - lookback || StaleMarker.isStale(value)) {
        continue;
      }
      out.add(new Sample(series.labels, sampleTimestamps ? sampleTime : timeMillis, value, false));
    }
    context.countSamples(out.size());
    return new Vector(out);
  }

  /** A {@code smoothed} instant selector: the value interpolated between the neighbours. */
  private static void smoothedSample(
      SeriesData series, long reference, long lookback, long timeMillis, List<Sample> out) {
    long[] times = series.timestamps;
    int before = SeriesData.lastAtOrBefore(times, reference);
    boolean hasBefore = before >= 0 && times[before] > reference - lookback;
    boolean hasAfter = before + 1 < times.length && times[before + 1] <= reference + lookback;
    if (!hasBefore && !hasAfter) {
      return;
    }
    int first = hasBefore ? before : before + 1;
    int last = hasAfter ? before + 1 : before;
    double value =
        io.argus.promql.engine.function.ExtendedRangeKernels.interpolate(
            times, series.values, first, last, reference);
    out.add(new Sample(series.labels, timeMillis, value, false));
  }

  private long referenceTime(VectorSelector selector, long timeMillis) {
    Long pinned = context.pinnedTime(selector.at());
    return (pinned != null ? pinned : timeMillis)
        - selector.offsetMillis(context.queryStepMillis, context.queryRangeMillis());
  }

  /** The window of a range selector or subquery (parentheses allowed around either). */
  RangeWindow rangeWindow(Expr expr, long timeMillis) {
    return switch (expr) {
      case ParenExpr paren -> rangeWindow(paren.expr(), timeMillis);
      case MatrixSelector matrix -> matrixWindow(matrix, timeMillis);
      case SubqueryExpr subquery -> subqueryWindow(subquery, timeMillis);
      default ->
          throw QueryException.badData(
              "expected type range vector, got " + expr.type().description());
    };
  }

  private RangeWindow matrixWindow(MatrixSelector matrix, long timeMillis) {
    long end = referenceTime(matrix.selector(), timeMillis);
    long start = end - matrix.rangeMillis(context.queryStepMillis, context.queryRangeMillis());
    List<SeriesData> seriesList = context.data(matrix.selector());
    List<RangeSeries> out = new ArrayList<>(seriesList.size());
    long points = 0;
    RangeModifier modifier = matrix.selector().rangeModifier();
    long lookback = context.options.lookbackDeltaMillis();
    for (SeriesData series : seriesList) {
      long[] times = series.timestamps;
      int last = SeriesData.lastAtOrBefore(times, end, series.windowEndCursor);
      int beforeStart = SeriesData.lastAtOrBefore(times, start, series.windowStartCursor);
      series.windowEndCursor = last;
      series.windowStartCursor = beforeStart;
      int to = last + 1;
      int from = beforeStart + 1;
      if (modifier == RangeModifier.NONE) {
        if (from < to) {
          out.add(new RangeSeries(series.labels, times, series.values, from, to, false));
          points += to - from;
        }
        continue;
      }
      int prior = from - 1 >= 0 && times[from - 1] > start - lookback ? from - 1 : -1;
      int next =
          modifier == RangeModifier.SMOOTHED && to < times.length && times[to] <= end + lookback
              ? to
              : -1;
      boolean usable =
          modifier == RangeModifier.ANCHORED ? from < to : (from < to || (prior >= 0 && next >= 0));
      if (usable) {
        out.add(
            new RangeSeries(series.labels, times, series.values, from, to, false, prior, next));
        points += to - from + 2;
      }
    }
    context.countSamples(points);
    return new RangeWindow(out, start, end);
  }

  private RangeWindow subqueryWindow(SubqueryExpr subquery, long timeMillis) {
    Long pinned = context.pinnedTime(subquery.at());
    long queryStep = context.queryStepMillis;
    long queryRange = context.queryRangeMillis();
    long end = (pinned != null ? pinned : timeMillis) - subquery.offsetMillis(queryStep, queryRange);
    long start = end - subquery.rangeMillis(queryStep, queryRange);
    long step = subquery.stepMillis(queryStep, queryRange);
    if (step <= 0) {
      step = context.options.defaultSubqueryStepMillis();
    }
    // The first step after the (exclusive) window start that is a multiple of the step.
    long first = step * (start / step);
    if (first <= start) {
      first += step;
    }
    Map<Labels, PointsBuilder> series = new LinkedHashMap<>();
    long points = 0;
    for (long time = first; time <= end; time += step) {
      context.checkDeadline();
      Value value = eval(subquery.expr(), time);
      points += collect(series, value, time);
    }
    context.countSamples(points);
    List<RangeSeries> out = new ArrayList<>(series.size());
    for (PointsBuilder builder : series.values()) {
      out.add(
          new RangeSeries(
              builder.labels, builder.timestamps, builder.values, 0, builder.size,
              builder.dropName));
    }
    return new RangeWindow(out, start, end);
  }

  /** Adds one step's result to per-series point builders; returns the number of points added. */
  static int collect(Map<Labels, PointsBuilder> series, Value value, long timeMillis) {
    switch (value) {
      case Scalar scalar -> {
        series
            .computeIfAbsent(Labels.empty(), labels -> new PointsBuilder(labels, false))
            .add(timeMillis, scalar.value());
        return 1;
      }
      case Vector vector -> {
        for (Sample sample : vector.samples()) {
          PointsBuilder builder = series.get(sample.labels());
          if (builder == null) {
            builder = new PointsBuilder(sample.labels(), sample.dropName());
            series.put(sample.labels(), builder);
          }
          if (builder.lastTimestamp() == timeMillis) {
            throw QueryException.execution("vector cannot contain metrics with the same labelset");
          }
          builder.dropName |= sample.dropName();
          builder.add(timeMillis, sample.value());
        }
        return vector.size();
      }
      default ->
          throw QueryException.badData(
              "invalid expression type for range evaluation: "
                  + value.getClass().getSimpleName());
    }
  }

  private static Matrix toMatrix(RangeWindow window) {
    List<MatrixSeries> out = new ArrayList<>(window.series().size());
    for (RangeSeries series : window.series()) {
      out.add(
          new MatrixSeries(
              series.labels(),
              java.util.Arrays.copyOfRange(series.timestamps(), series.from(), series.to()),
              java.util.Arrays.copyOfRange(series.values(), series.from(), series.to()),
              series.dropName()));
    }
    return new Matrix(out);
  }
}
