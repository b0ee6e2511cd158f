package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.function.BucketQuantile;
import io.argus.promql.engine.function.FloatFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * histogram_quantile, histogram_quantiles and histogram_fraction over classic buckets: series are
 * grouped by their labels without {@code le} and each group's {@code le} buckets form one
 * histogram. The metric name stays in the group key and is removed at the end (delayed name
 * removal), so histograms of two names with otherwise equal labels collide as in Prometheus.
 */
final class HistogramQuantileFunction {

  private HistogramQuantileFunction() {}

  static Vector eval(Evaluator evaluator, Call call, long timeMillis) {
    String name = call.function().name();
    List<Expr> arguments = call.arguments();
    return switch (name) {
      case "histogram_quantile" -> {
        double q = evaluator.evalScalar(arguments.get(0), timeMillis);
        checkQuantile(evaluator, q, arguments.get(0));
        Map<Labels, BucketQuantile.Buckets> groups =
            groups(evaluator, call, arguments.get(1), timeMillis);
        List<Sample> out = new ArrayList<>(groups.size());
        groups.forEach(
            (labels, buckets) ->
                out.add(
                    new Sample(
                        labels,
                        timeMillis,
                        quantile(evaluator, arguments.get(1), q, labels, buckets),
                        true)));
        yield new Vector(out);
      }
      case "histogram_quantiles" -> {
        Map<Labels, BucketQuantile.Buckets> groups =
            groups(evaluator, call, arguments.get(0), timeMillis);
        String labelName = evaluator.evalString(arguments.get(1), timeMillis);
        List<Sample> out = new ArrayList<>();
        for (int i = 2; i < arguments.size(); i++) {
          double q = evaluator.evalScalar(arguments.get(i), timeMillis);
          checkQuantile(evaluator, q, arguments.get(i));
          String labelValue = quantileLabel(q);
          groups.forEach(
              (labels, buckets) ->
                  out.add(
                      new Sample(
                          labels.toBuilder().set(labelName, labelValue).build(),
                          timeMillis,
                          quantile(evaluator, arguments.get(0), q, labels, buckets),
                          true)));
        }
        yield new Vector(out);
      }
      case "histogram_fraction" -> {
        double lower = evaluator.evalScalar(arguments.get(0), timeMillis);
        double upper = evaluator.evalScalar(arguments.get(1), timeMillis);
        Map<Labels, BucketQuantile.Buckets> groups =
            groups(evaluator, call, arguments.get(2), timeMillis);
        List<Sample> out = new ArrayList<>(groups.size());
        groups.forEach(
            (labels, buckets) ->
                out.add(
                    new Sample(
                        labels, timeMillis, BucketQuantile.fraction(lower, upper, buckets), true)));
        yield new Vector(out);
      }
      default -> throw new IllegalArgumentException("not a histogram function: " + name);
    };
  }

  /** Prometheus writes quantile labels with at least one decimal: 0.0, 0.25, 1.0. */
  private static String quantileLabel(double q) {
    String text = FloatFormat.plain(q);
    if (Double.isFinite(q) && text.indexOf('.') < 0) {
      text += ".0";
    }
    return text;
  }

  private static void checkQuantile(Evaluator evaluator, double q, Expr position) {
    if (Double.isNaN(q) || q < 0 || q > 1) {
      evaluator.context.warn(
          "quantile value should be between 0 and 1, got " + FloatFormat.format(q),
          position.position());
    }
  }

  private static double quantile(
      Evaluator evaluator, Expr histograms, double q, Labels labels, BucketQuantile.Buckets buckets) {
    BucketQuantile.Result result = BucketQuantile.quantile(q, buckets);
    if (result.forcedMonotonic()) {
      evaluator.context.info(
          "input to histogram_quantile needed to be fixed for monotonicity (see"
              + " https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)"
              + " for metric name \""
              + labels.metricName()
              + "\"",
          histograms.position());
    }
    return result.value();
  }

  private static Map<Labels, BucketQuantile.Buckets> groups(
      Evaluator evaluator, Call call, Expr argument, long timeMillis) {
    Vector vector = evaluator.evalVector(argument, timeMillis);
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
            argument.position());
        continue;
      }
      Labels group = sample.labels().toBuilder().remove("le").build();
      groups
          .computeIfAbsent(group, key -> new BucketQuantile.Buckets())
          .add(upperBound, sample.value());
    }
    return groups;
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
