package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.promql.ast.Call;
import io.argus.promql.engine.function.BucketQuantile;
import io.argus.promql.engine.function.FloatFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * histogram_quantile over classic buckets: series are grouped by their labels without {@code le}
 * and the metric name, and each group's {@code le} buckets give one quantile.
 */
final class HistogramQuantileFunction {

  private HistogramQuantileFunction() {}

  static Vector eval(Evaluator evaluator, Call call, long timeMillis) {
    double q = evaluator.evalScalar(call.arguments().get(0), timeMillis);
    Vector vector = evaluator.evalVector(call.arguments().get(1), timeMillis);
    if (Double.isNaN(q) || q < 0 || q > 1) {
      evaluator.context.warn(
          "quantile value should be between 0 and 1, got " + FloatFormat.format(q),
          call.arguments().get(0).position());
    }
    Map<Labels, BucketQuantile.Buckets> groups = new LinkedHashMap<>();
    for (Sample sample : vector.samples()) {
      String bound = sample.labels().get("le");
      double upperBound = parseBound(bound);
      if (Double.isNaN(upperBound)) {
        evaluator.context.warn(
            "bucket label \"le\" is missing or has a malformed value of \""
                + bound
                + "\" for metric name \""
                + sample.labels().metricName()
                + "\"",
            call.arguments().get(1).position());
        continue;
      }
      Labels group = sample.labels().toBuilder().remove("le", Labels.METRIC_NAME).build();
      groups.computeIfAbsent(group, key -> new BucketQuantile.Buckets()).add(upperBound, sample.value());
    }
    List<Sample> out = new ArrayList<>(groups.size());
    for (Map.Entry<Labels, BucketQuantile.Buckets> entry : groups.entrySet()) {
      BucketQuantile.Result result = BucketQuantile.quantile(q, entry.getValue());
      if (result.forcedMonotonic()) {
        evaluator.context.info(
            "input to histogram_quantile needed to be fixed for monotonicity (see"
                + " https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)"
                + " for metric name \""
                + entry.getKey().metricName()
                + "\"",
            call.arguments().get(1).position());
      }
      out.add(new Sample(entry.getKey(), timeMillis, result.value(), true));
    }
    return new Vector(out);
  }

  private static double parseBound(String text) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      String normalised = text.strip();
      return switch (normalised.toLowerCase(java.util.Locale.ROOT)) {
        case "+inf", "inf", "+infinity", "infinity" -> Double.POSITIVE_INFINITY;
        case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
        case "nan" -> Double.NaN;
        default -> Double.parseDouble(normalised.replace("_", ""));
      };
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
