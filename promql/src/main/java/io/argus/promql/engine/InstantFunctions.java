package io.argus.promql.engine;

import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Functions of instant vectors: element-wise math, clamping and rounding, the date functions,
 * and delegation to the label, sort and histogram families.
 */
final class InstantFunctions {

  private final Evaluator evaluator;
  private final LabelFunctions labelFunctions;

  InstantFunctions(Evaluator evaluator) {
    this.evaluator = evaluator;
    this.labelFunctions = new LabelFunctions(evaluator);
  }

  Value eval(Call call, long timeMillis) {
    String name = call.function().name();
    List<Expr> arguments = call.arguments();
    DoubleUnaryOperator math = math(name);
    if (math != null) {
      return map(evaluator.evalVector(arguments.get(0), timeMillis), math, timeMillis);
    }
    return switch (name) {
      case "clamp" -> {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        double min = evaluator.evalScalar(arguments.get(1), timeMillis);
        double max = evaluator.evalScalar(arguments.get(2), timeMillis);
        if (max < min) {
          yield Vector.EMPTY;
        }
        yield map(vector, value -> Math.max(min, Math.min(max, value)), timeMillis);
      }
      case "clamp_min" -> {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        double min = evaluator.evalScalar(arguments.get(1), timeMillis);
        yield map(vector, value -> Math.max(min, value), timeMillis);
      }
      case "clamp_max" -> {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        double max = evaluator.evalScalar(arguments.get(1), timeMillis);
        yield map(vector, value -> Math.min(max, value), timeMillis);
      }
      case "round" -> {
        Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
        double toNearest =
            arguments.size() > 1 ? evaluator.evalScalar(arguments.get(1), timeMillis) : 1;
        double inverse = 1.0 / toNearest;
        yield map(vector, value -> Math.floor(value * inverse + 0.5) / inverse, timeMillis);
      }
      case "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute",
          "month", "year" ->
          date(name, arguments, timeMillis);
      case "label_replace" -> labelFunctions.labelReplace(call, timeMillis);
      case "label_join" -> labelFunctions.labelJoin(call, timeMillis);
      case "sort", "sort_desc", "sort_by_label", "sort_by_label_desc" ->
          labelFunctions.sort(call, timeMillis);
      case "histogram_quantile", "histogram_quantiles", "histogram_fraction" ->
          HistogramQuantileFunction.eval(evaluator, call, timeMillis);
      case "histogram_count", "histogram_sum", "histogram_avg", "histogram_stddev",
          "histogram_stdvar" -> {
        // Float samples carry no native histogram: these functions ignore them.
        for (Expr argument : arguments) {
          evaluator.eval(argument, timeMillis);
        }
        yield Vector.EMPTY;
      }
      default ->
          throw QueryException.badData("function \"" + name + "\" is not supported by the engine");
    };
  }

  private static DoubleUnaryOperator math(String name) {
    return switch (name) {
      case "abs" -> Math::abs;
      case "ceil" -> Math::ceil;
      case "floor" -> Math::floor;
      case "exp" -> Math::exp;
      case "ln" -> Math::log;
      case "log2" -> value -> Math.log(value) / Math.log(2);
      case "log10" -> Math::log10;
      case "sqrt" -> Math::sqrt;
      case "sgn" -> Math::signum;
      case "sin" -> Math::sin;
      case "cos" -> Math::cos;
      case "tan" -> Math::tan;
      case "asin" -> Math::asin;
      case "acos" -> Math::acos;
      case "atan" -> Math::atan;
      case "sinh" -> Math::sinh;
      case "cosh" -> Math::cosh;
      case "tanh" -> Math::tanh;
      case "asinh" -> InstantFunctions::asinh;
      case "acosh" -> value -> value < 1 ? Double.NaN : Math.log(value + Math.sqrt(value * value - 1));
      case "atanh" -> value -> 0.5 * Math.log((1 + value) / (1 - value));
      case "deg" -> value -> value * 180 / Math.PI;
      case "rad" -> value -> value * Math.PI / 180;
      default -> null;
    };
  }

  private static double asinh(double value) {
    if (Double.isInfinite(value) || value == 0) {
      return value;
    }
    double magnitude = Math.abs(value);
    double result = Math.log(magnitude + Math.sqrt(magnitude * magnitude + 1));
    return value < 0 ? -result : result;
  }

  private static Vector map(Vector vector, DoubleUnaryOperator operation, long timeMillis) {
    List<Sample> out = new ArrayList<>(vector.size());
    for (Sample sample : vector.samples()) {
      out.add(
          new Sample(sample.labels(), timeMillis, operation.applyAsDouble(sample.value()), true));
    }
    return new Vector(out);
  }

  private Vector date(String name, List<Expr> arguments, long timeMillis) {
    Vector input =
        arguments.isEmpty()
            ? new Vector(
                List.of(
                    new Sample(
                        io.argus.core.label.Labels.empty(), timeMillis, timeMillis / 1000.0)))
            : evaluator.evalVector(arguments.get(0), timeMillis);
    List<Sample> out = new ArrayList<>(input.size());
    for (Sample sample : input.samples()) {
      double seconds = sample.value();
      double value;
      if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        value = Double.NaN;
      } else {
        ZonedDateTime time = Instant.ofEpochSecond((long) seconds).atZone(ZoneOffset.UTC);
        value =
            switch (name) {
              case "day_of_month" -> time.getDayOfMonth();
              case "day_of_week" -> time.getDayOfWeek().getValue() % 7;
              case "day_of_year" -> time.getDayOfYear();
              case "days_in_month" -> time.toLocalDate().lengthOfMonth();
              case "hour" -> time.getHour();
              case "minute" -> time.getMinute();
              case "month" -> time.getMonthValue();
              case "year" -> time.getYear();
              default -> throw new IllegalArgumentException("not a date function: " + name);
            };
      }
      out.add(new Sample(sample.labels(), timeMillis, value, true));
    }
    return new Vector(out);
  }
}
