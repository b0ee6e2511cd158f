package io.argus.promql.ast;

import static io.argus.promql.ast.ValueType.INSTANT_VECTOR;
import static io.argus.promql.ast.ValueType.RANGE_VECTOR;
import static io.argus.promql.ast.ValueType.SCALAR;
import static io.argus.promql.ast.ValueType.STRING;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog of PromQL functions of Prometheus 3.x with their signatures, used by the parser for
 * arity and type checks and by the engine to dispatch. Experimental functions (those Prometheus
 * gates behind {@code promql-experimental-functions}) are flagged; Argus accepts them always, like
 * the test corpus does. {@code holt_winters} is absent, as in Prometheus 3 (it became {@code
 * double_exponential_smoothing}).
 */
public final class Functions {

  private static final Map<String, FunctionSignature> BY_NAME = new LinkedHashMap<>();

  static {
    for (String name :
        List.of(
            "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh", "deg",
            "exp", "floor", "ln", "log10", "log2", "rad", "sgn", "sin", "sinh", "sqrt", "tan",
            "tanh", "absent", "histogram_avg", "histogram_count", "histogram_sum",
            "histogram_stddev", "histogram_stdvar", "sort", "sort_desc", "timestamp")) {
      add(name, List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, false);
    }
    for (String name :
        List.of(
            "absent_over_time", "avg_over_time", "changes", "count_over_time", "delta", "deriv",
            "idelta", "increase", "irate", "last_over_time", "max_over_time", "min_over_time",
            "present_over_time", "rate", "resets", "stddev_over_time", "stdvar_over_time",
            "sum_over_time")) {
      add(name, List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, false);
    }
    for (String name :
        List.of(
            "mad_over_time", "first_over_time", "ts_of_first_over_time", "ts_of_last_over_time",
            "ts_of_max_over_time", "ts_of_min_over_time")) {
      add(name, List.of(RANGE_VECTOR), 0, INSTANT_VECTOR, true);
    }
    for (String name :
        List.of(
            "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute",
            "month", "year")) {
      add(name, List.of(INSTANT_VECTOR), 1, INSTANT_VECTOR, false);
    }
    add("clamp", List.of(INSTANT_VECTOR, SCALAR, SCALAR), 0, INSTANT_VECTOR, false);
    add("clamp_max", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR, false);
    add("clamp_min", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR, false);
    add(
        "double_exponential_smoothing",
        List.of(RANGE_VECTOR, SCALAR, SCALAR),
        0,
        INSTANT_VECTOR,
        true);
    add("histogram_fraction", List.of(SCALAR, SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR, false);
    add("histogram_quantile", List.of(SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR, false);
    add(
        "histogram_quantiles",
        List.of(INSTANT_VECTOR, STRING, SCALAR, SCALAR),
        -1,
        INSTANT_VECTOR,
        true);
    add("info", List.of(INSTANT_VECTOR, INSTANT_VECTOR), 1, INSTANT_VECTOR, true);
    add(
        "label_join",
        List.of(INSTANT_VECTOR, STRING, STRING, STRING),
        -1,
        INSTANT_VECTOR,
        false);
    add(
        "label_replace",
        List.of(INSTANT_VECTOR, STRING, STRING, STRING, STRING),
        0,
        INSTANT_VECTOR,
        false);
    add("predict_linear", List.of(RANGE_VECTOR, SCALAR), 0, INSTANT_VECTOR, false);
    add("quantile_over_time", List.of(SCALAR, RANGE_VECTOR), 0, INSTANT_VECTOR, false);
    add("round", List.of(INSTANT_VECTOR, SCALAR), 1, INSTANT_VECTOR, false);
    add("scalar", List.of(INSTANT_VECTOR), 0, SCALAR, false);
    add("sort_by_label", List.of(INSTANT_VECTOR, STRING), -1, INSTANT_VECTOR, true);
    add("sort_by_label_desc", List.of(INSTANT_VECTOR, STRING), -1, INSTANT_VECTOR, true);
    add("start_timestamp", List.of(INSTANT_VECTOR), 0, INSTANT_VECTOR, true);
    add("vector", List.of(SCALAR), 0, INSTANT_VECTOR, false);
    add("pi", List.of(), 0, SCALAR, false);
    add("time", List.of(), 0, SCALAR, false);
    // The query's start, end, step and range as scalars; experimental in Prometheus 3.
    add("start", List.of(), 0, SCALAR, true);
    add("end", List.of(), 0, SCALAR, true);
    add("step", List.of(), 0, SCALAR, true);
    add("range", List.of(), 0, SCALAR, true);
    add("min_of", List.of(SCALAR, SCALAR), 0, SCALAR, true);
    add("max_of", List.of(SCALAR, SCALAR), 0, SCALAR, true);
  }

  private Functions() {}

  private static void add(
      String name, List<ValueType> argumentTypes, int variadic, ValueType returnType, boolean experimental) {
    BY_NAME.put(name, new FunctionSignature(name, argumentTypes, variadic, returnType, experimental));
  }

  /** The function called {@code name} (case-sensitive, as in Prometheus), or null. */
  public static FunctionSignature lookup(String name) {
    return BY_NAME.get(name);
  }

  /** Every function, in catalog order. */
  public static Collection<FunctionSignature> all() {
    return Collections.unmodifiableCollection(BY_NAME.values());
  }

  /** The fewest arguments a call may have. */
  public static int minimumArguments(FunctionSignature function) {
    int declared = function.argumentTypes().size();
    return function.variadic() == 0 ? declared : declared - 1;
  }

  /** The most arguments a call may have, or {@link Integer#MAX_VALUE} when unbounded. */
  public static int maximumArguments(FunctionSignature function) {
    int declared = function.argumentTypes().size();
    if (function.variadic() == 0) {
      return declared;
    }
    return function.variadic() < 0 ? Integer.MAX_VALUE : declared - 1 + function.variadic();
  }

  /** The type expected for the argument at {@code index} (the last type repeats). */
  public static ValueType argumentType(FunctionSignature function, int index) {
    List<ValueType> types = function.argumentTypes();
    return types.get(Math.min(index, types.size() - 1));
  }
}
