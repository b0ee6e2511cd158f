package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.Exprs;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.VectorSelector;
import io.argus.promql.engine.function.ExtendedRangeKernels;
import io.argus.promql.engine.function.FloatFormat;
import io.argus.promql.engine.function.RangeKernels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dispatches function calls: range-vector functions over windows, instant-vector math, and the
 * special functions that need the evaluator (timestamp, absent, label and sort functions).
 */
final class FunctionCalls {

  /** Range functions whose result keeps the metric name (Prometheus drops it for all others). */
  private static final Set<String> KEEPS_NAME = Set.of("last_over_time", "first_over_time");

  private static final Set<String> ANCHORED_FUNCTIONS =
      Set.of("changes", "delta", "increase", "rate", "resets");
  private static final Set<String> SMOOTHED_FUNCTIONS = Set.of("delta", "increase", "rate");

  private static final Set<String> COUNTER_SUFFIXES = Set.of("_total", "_sum", "_count", "_bucket");

  private final Evaluator evaluator;
  private final InstantFunctions instantFunctions;
  private final Set<String> counterNamesReported = new java.util.HashSet<>();

  FunctionCalls(Evaluator evaluator) {
    this.evaluator = evaluator;
    this.instantFunctions = new InstantFunctions(evaluator);
  }

  Value eval(Call call, long timeMillis) {
    String name = call.function().name();
    List<Expr> arguments = call.arguments();
    QueryContext context = evaluator.context;
    switch (name) {
      case "time":
        return new Scalar(timeMillis, timeMillis / 1000.0);
      case "pi":
        return new Scalar(timeMillis, Math.PI);
      case "start":
        return new Scalar(timeMillis, context.queryStartMillis / 1000.0);
      case "end":
        return new Scalar(timeMillis, context.queryEndMillis / 1000.0);
      case "step":
        return new Scalar(timeMillis, context.queryStepMillis / 1000.0);
      case "range":
        return new Scalar(timeMillis, context.queryRangeMillis() / 1000.0);
      case "min_of", "max_of": {
        double left = evaluator.evalScalar(arguments.get(0), timeMillis);
        double right = evaluator.evalScalar(arguments.get(1), timeMillis);
        return new Scalar(
            timeMillis, name.equals("min_of") ? Math.min(left, right) : Math.max(left, right));
      }
      case "vector":
        return new Vector(
            List.of(
                new Sample(
                    Labels.empty(),
                    timeMillis,
                    evaluator.evalScalar(arguments.get(0), timeMillis),
                    false)));
      case "scalar": {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        return new Scalar(
            timeMillis, vector.size() == 1 ? vector.samples().get(0).value() : Double.NaN);
      }
      case "timestamp":
        return timestamp(arguments.get(0), timeMillis);
      case "info":
        return InfoFunction.eval(evaluator, call, timeMillis);
      case "absent": {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        return vector.size() > 0 ? Vector.EMPTY : absentVector(arguments.get(0), timeMillis);
      }
      case "absent_over_time": {
        RangeWindow window = evaluator.rangeWindow(arguments.get(0), timeMillis);
        return window.series().isEmpty()
            ? absentVector(arguments.get(0), timeMillis)
            : Vector.EMPTY;
      }
      default:
        break;
    }
    if (call.function().argumentTypes().contains(io.argus.promql.ast.ValueType.RANGE_VECTOR)) {
      return rangeFunction(call, timeMillis);
    }
    return instantFunctions.eval(call, timeMillis);
  }

  private Vector timestamp(Expr argument, long timeMillis) {
    Expr unwrapped = Exprs.unwrapParens(argument);
    Vector vector =
        unwrapped instanceof VectorSelector selector
            ? evaluator.selectVector(selector, timeMillis, true)
            : evaluator.evalVector(argument, timeMillis);
    List<Sample> out = new ArrayList<>(vector.size());
    for (Sample sample : vector.samples()) {
      out.add(new Sample(sample.labels(), timeMillis, sample.timestampMillis() / 1000.0, true));
    }
    return new Vector(out);
  }

  /** absent()'s one sample: labels from the argument's equality matchers that are unambiguous. */
  private static Vector absentVector(Expr argument, long timeMillis) {
    Expr unwrapped = Exprs.unwrapParens(argument);
    VectorSelector selector = null;
    if (unwrapped instanceof VectorSelector vectorSelector) {
      selector = vectorSelector;
    } else if (unwrapped instanceof MatrixSelector matrix) {
      selector = matrix.selector();
    }
    Labels labels = Labels.empty();
    if (selector != null) {
      io.argus.core.label.LabelsBuilder builder = new io.argus.core.label.LabelsBuilder();
      java.util.Set<String> repeated = new java.util.HashSet<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (io.argus.core.label.Matcher matcher : selector.matchers()) {
        if (matcher.name().equals(Labels.METRIC_NAME)) {
          continue;
        }
        if (!seen.add(matcher.name())) {
          repeated.add(matcher.name());
        }
        if (matcher.type() == io.argus.core.label.MatchType.EQUAL) {
          builder.set(matcher.name(), matcher.value());
        }
      }
      builder.remove(repeated.toArray(new String[0]));
      labels = builder.build();
    }
    return new Vector(List.of(new Sample(labels, timeMillis, 1, false)));
  }

  private Vector rangeFunction(Call call, long timeMillis) {
    String name = call.function().name();
    List<Expr> arguments = call.arguments();
    int matrixIndex = name.equals("quantile_over_time") ? 1 : 0;
    Expr matrixArgument = arguments.get(matrixIndex);
    double[] parameters = new double[arguments.size()];
    for (int i = 0; i < arguments.size(); i++) {
      if (i != matrixIndex) {
        parameters[i] = evaluator.evalScalar(arguments.get(i), timeMillis);
      }
    }
    checkParameters(call, parameters);
    RangeModifier modifier = rangeModifier(matrixArgument);
    checkModifier(name, modifier);
    RangeWindow window = evaluator.rangeWindow(matrixArgument, timeMillis);
    boolean keepsName = KEEPS_NAME.contains(name);
    List<Sample> out = new ArrayList<>(window.series().size());
    for (RangeSeries series : window.series()) {
      double value =
          modifier == RangeModifier.NONE
              ? apply(name, series, window, parameters, timeMillis)
              : applyExtended(name, modifier, series, window);
      if (RangeKernels.isNoValue(value)) {
        continue;
      }
      if (name.equals("rate") || name.equals("increase")) {
        checkCounterName(series.labels(), matrixArgument);
      }
      out.add(
          new Sample(series.labels(), timeMillis, value, series.dropName() || !keepsName));
    }
    return new Vector(out);
  }

  private static RangeModifier rangeModifier(Expr matrixArgument) {
    return Exprs.unwrapParens(matrixArgument) instanceof MatrixSelector matrix
        ? matrix.selector().rangeModifier()
        : RangeModifier.NONE;
  }

  private static void checkModifier(String function, RangeModifier modifier) {
    if (modifier == RangeModifier.ANCHORED && !ANCHORED_FUNCTIONS.contains(function)) {
      throw QueryException.execution(
          "anchored modifier can only be used with: changes, delta, increase, rate, resets - not"
              + " with "
              + function);
    }
    if (modifier == RangeModifier.SMOOTHED && !SMOOTHED_FUNCTIONS.contains(function)) {
      throw QueryException.execution(
          "smoothed modifier can only be used with: delta, increase, rate - not with " + function);
    }
  }

  private static double applyExtended(
      String name, RangeModifier modifier, RangeSeries series, RangeWindow window) {
    long[] t = series.timestamps();
    double[] v = series.values();
    boolean isCounter = !name.equals("delta");
    double rangeSeconds = window.rangeMillis() / 1000.0;
    if (modifier == RangeModifier.ANCHORED) {
      int first = series.prior() >= 0 ? series.prior() : series.from();
      return switch (name) {
        case "changes" -> RangeKernels.changes(v, first, series.to());
        case "resets" -> RangeKernels.resets(v, first, series.to());
        default -> {
          double change =
              ExtendedRangeKernels.anchoredChange(
                  v, series.prior(), series.from(), series.to(), isCounter);
          yield name.equals("rate") ? change / rangeSeconds : change;
        }
      };
    }
    int first = series.prior() >= 0 ? series.prior() : series.from();
    int last = series.next() >= 0 ? series.next() : series.to() - 1;
    if (last < first) {
      return RangeKernels.NO_VALUE;
    }
    double change =
        ExtendedRangeKernels.smoothedChange(
            t, v, first, last, window.startMillis(), window.endMillis(), isCounter);
    return name.equals("rate") ? change / rangeSeconds : change;
  }

  private void checkCounterName(Labels labels, Expr argument) {
    String metricName = labels.metricName();
    for (String suffix : COUNTER_SUFFIXES) {
      if (metricName.endsWith(suffix)) {
        return;
      }
    }
    // Once per name and argument and query: the annotation is the same at every step.
    if (!counterNamesReported.add(metricName + '\u0000' + argument.position().start())) {
      return;
    }
    evaluator.context.info(
        "metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "
            + FloatFormat.goQuote(metricName),
        argument.position());
  }

  private void checkParameters(Call call, double[] parameters) {
    String name = call.function().name();
    if (name.equals("quantile_over_time")) {
      double q = parameters[0];
      if (Double.isNaN(q) || q < 0 || q > 1) {
        evaluator.context.warn(
            "quantile value should be between 0 and 1, got " + FloatFormat.format(q),
            call.arguments().get(0).position());
      }
    } else if (name.equals("double_exponential_smoothing") || name.equals("holt_winters")) {
      if (!(parameters[1] > 0 && parameters[1] < 1)) {
        throw QueryException.execution(
            "invalid smoothing factor. Expected: 0 < sf < 1, got: " + goFixed(parameters[1]));
      }
      if (!(parameters[2] > 0 && parameters[2] < 1)) {
        throw QueryException.execution(
            "invalid trend factor. Expected: 0 < tf < 1, got: " + goFixed(parameters[2]));
      }
    }
  }

  /** Go's {@code %f}: six decimals. */
  private static String goFixed(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return String.format(java.util.Locale.ROOT, "%.6f", value);
  }

  private static double apply(
      String name, RangeSeries series, RangeWindow window, double[] parameters, long timeMillis) {
    long[] t = series.timestamps();
    double[] v = series.values();
    int from = series.from();
    int to = series.to();
    return switch (name) {
      case "rate" ->
          RangeKernels.extrapolatedRate(
              t, v, from, to, window.startMillis(), window.endMillis(), true, true);
      case "increase" ->
          RangeKernels.extrapolatedRate(
              t, v, from, to, window.startMillis(), window.endMillis(), true, false);
      case "delta" ->
          RangeKernels.extrapolatedRate(
              t, v, from, to, window.startMillis(), window.endMillis(), false, false);
      case "irate" -> RangeKernels.instantRate(t, v, from, to, true);
      case "idelta" -> RangeKernels.instantRate(t, v, from, to, false);
      case "changes" -> RangeKernels.changes(v, from, to);
      case "resets" -> RangeKernels.resets(v, from, to);
      case "deriv" -> RangeKernels.deriv(t, v, from, to);
      case "predict_linear" ->
          RangeKernels.predictLinear(t, v, from, to, timeMillis, parameters[1]);
      case "double_exponential_smoothing", "holt_winters" ->
          RangeKernels.doubleExponentialSmoothing(v, from, to, parameters[1], parameters[2]);
      case "avg_over_time" -> RangeKernels.average(v, from, to);
      case "sum_over_time" -> RangeKernels.sum(v, from, to);
      case "count_over_time" -> to - from;
      case "min_over_time" -> RangeKernels.min(v, from, to);
      case "max_over_time" -> RangeKernels.max(v, from, to);
      case "last_over_time" -> v[to - 1];
      case "first_over_time" -> v[from];
      case "present_over_time" -> 1;
      case "stddev_over_time" -> Math.sqrt(RangeKernels.variance(v, from, to));
      case "stdvar_over_time" -> RangeKernels.variance(v, from, to);
      case "quantile_over_time" -> RangeKernels.quantile(parameters[0], v, from, to);
      case "mad_over_time" -> RangeKernels.medianAbsoluteDeviation(v, from, to);
      case "ts_of_min_over_time" -> RangeKernels.timestampOfExtreme(t, v, from, to, false);
      case "ts_of_max_over_time" -> RangeKernels.timestampOfExtreme(t, v, from, to, true);
      case "ts_of_last_over_time" -> t[to - 1] / 1000.0;
      case "ts_of_first_over_time" -> t[from] / 1000.0;
      default ->
          throw QueryException.badData("function \"" + name + "\" is not supported by the engine");
    };
  }
}
