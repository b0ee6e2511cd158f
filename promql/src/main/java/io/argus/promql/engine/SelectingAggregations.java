package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.engine.function.FloatFormat;
import io.argus.promql.engine.function.LabelsHash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregations that keep input samples unchanged instead of computing a value: topk, bottomk,
 * limitk and limit_ratio.
 */
final class SelectingAggregations {

  private static final Comparator<Sample> ASCENDING_NAN_LAST =
      (a, b) -> {
        boolean aNaN = Double.isNaN(a.value());
        boolean bNaN = Double.isNaN(b.value());
        if (aNaN || bNaN) {
          return Boolean.compare(aNaN, bNaN);
        }
        return Double.compare(a.value(), b.value());
      };

  private SelectingAggregations() {}

  static Vector select(
      QueryContext context,
      AggregateExpr aggregate,
      double parameter,
      Vector input,
      Labels[] groups) {
    Map<Labels, List<Sample>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < groups.length; i++) {
      byGroup.computeIfAbsent(groups[i], key -> new ArrayList<>()).add(input.samples().get(i));
    }
    return switch (aggregate.operator()) {
      case TOPK -> firstK(byGroup, count(parameter), Aggregations.BY_VALUE_DESCENDING_NAN_LAST);
      case BOTTOMK -> firstK(byGroup, count(parameter), ASCENDING_NAN_LAST);
      case LIMITK -> firstK(byGroup, count(parameter), null);
      case LIMIT_RATIO -> ratio(context, aggregate, parameter, input);
      default -> throw new IllegalStateException(aggregate.operator() + " does not select");
    };
  }

  private static long count(double parameter) {
    if (Double.isNaN(parameter)) {
      throw QueryException.execution("Parameter value is NaN");
    }
    if (parameter >= Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    return (long) parameter;
  }

  private static Vector firstK(
      Map<Labels, List<Sample>> byGroup, long k, Comparator<Sample> order) {
    if (k < 1) {
      return Vector.EMPTY;
    }
    List<Sample> out = new ArrayList<>();
    for (List<Sample> group : byGroup.values()) {
      List<Sample> sorted = group;
      if (order != null) {
        sorted = new ArrayList<>(group);
        sorted.sort(order);
      }
      out.addAll(sorted.subList(0, (int) Math.min(k, sorted.size())));
    }
    return new Vector(out);
  }

  private static Vector ratio(
      QueryContext context, AggregateExpr aggregate, double ratio, Vector input) {
    if (Double.isNaN(ratio)) {
      throw QueryException.execution("Ratio value is NaN");
    }
    if (ratio < -1 || ratio > 1) {
      double capped = ratio < -1 ? -1 : 1;
      context.warn(
          "ratio value should be between -1 and 1, got "
              + FloatFormat.format(ratio)
              + ", capping to "
              + FloatFormat.format(capped),
          aggregate.parameter().position());
      ratio = capped;
    }
    List<Sample> out = new ArrayList<>();
    for (Sample sample : input.samples()) {
      double offset = LabelsHash.unitInterval(sample.labels());
      if ((ratio >= 0 && offset < ratio) || (ratio < 0 && offset >= 1.0 + ratio)) {
        out.add(sample);
      }
    }
    return new Vector(out);
  }
}
