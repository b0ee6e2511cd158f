package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.engine.function.FloatFormat;
import io.argus.promql.engine.function.KahanSum;
import io.argus.promql.engine.function.Quantiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregation operators. Groups are formed by the {@code by}/{@code without} labels and kept
 * in order of first appearance, as Prometheus does; sums use Kahan–Neumaier compensation.
 */
final class Aggregations {

  private final Evaluator evaluator;

  Aggregations(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Vector eval(AggregateExpr aggregate, long timeMillis) {
    AggregationOperator operator = aggregate.operator();
    double parameter = Double.NaN;
    String stringParameter = null;
    if (aggregate.parameter() != null) {
      if (operator == AggregationOperator.COUNT_VALUES) {
        stringParameter = evaluator.evalString(aggregate.parameter(), timeMillis);
      } else {
        parameter = evaluator.evalScalar(aggregate.parameter(), timeMillis);
      }
    }
    Vector input = evaluator.evalVector(aggregate.expr(), timeMillis);
    return switch (operator) {
      case TOPK, BOTTOMK, LIMITK, LIMIT_RATIO ->
          SelectingAggregations.select(
              evaluator.context,
              aggregate,
              parameter,
              input,
              groupings(aggregate, input, evaluator.context));
      case COUNT_VALUES -> countValues(aggregate, stringParameter, input, timeMillis);
      case QUANTILE -> {
        if (Double.isNaN(parameter) || parameter < 0 || parameter > 1) {
          evaluator.context.warn(
              "quantile value should be between 0 and 1, got " + FloatFormat.format(parameter),
              aggregate.parameter().position());
        }
        yield reduce(aggregate, parameter, input, timeMillis);
      }
      default -> reduce(aggregate, parameter, input, timeMillis);
    };
  }

  /** For each input sample, the labels of its group's result. */
  static Labels[] groupings(AggregateExpr aggregate, Vector input, QueryContext context) {
    Labels[] groups = new Labels[input.size()];
    LabelsBuilder builder = new LabelsBuilder();
    String[] grouping = aggregate.grouping().toArray(new String[0]);
    // Input label sets repeat from step to step (they come from the same loaded series), so the
    // group of each is computed once per query.
    Map<Labels, Labels> cache = context.groupingCache(aggregate);
    for (int i = 0; i < groups.length; i++) {
      Labels labels = input.samples().get(i).labels();
      Labels cached = cache.get(labels);
      if (cached != null) {
        groups[i] = cached;
        continue;
      }
      if (aggregate.without()) {
        builder.reset(labels).remove(grouping).remove(Labels.METRIC_NAME);
      } else {
        builder.reset();
        for (String name : grouping) {
          String value = labels.get(name);
          if (!value.isEmpty()) {
            builder.set(name, value);
          }
        }
      }
      groups[i] = builder.build();
      cache.put(labels, groups[i]);
    }
    return groups;
  }

  private Vector reduce(AggregateExpr aggregate, double parameter, Vector input, long timeMillis) {
    Labels[] groups = groupings(aggregate, input, evaluator.context);
    Map<Labels, Group> byLabels = new LinkedHashMap<>();
    AggregationOperator operator = aggregate.operator();
    for (int i = 0; i < groups.length; i++) {
      Sample sample = input.samples().get(i);
      Group group = byLabels.get(groups[i]);
      if (group == null) {
        byLabels.put(groups[i], new Group(operator, sample));
      } else {
        group.add(operator, sample);
      }
    }
    List<Sample> out = new ArrayList<>(byLabels.size());
    for (Map.Entry<Labels, Group> entry : byLabels.entrySet()) {
      Group group = entry.getValue();
      out.add(
          new Sample(
              entry.getKey(),
              timeMillis,
              group.result(operator, parameter),
              group.dropName && entry.getKey().has(Labels.METRIC_NAME)));
    }
    return new Vector(out);
  }

  private Vector countValues(
      AggregateExpr aggregate, String labelName, Vector input, long timeMillis) {
    if (!isValidLabelName(labelName)) {
      throw QueryException.execution("invalid label name " + FloatFormat.goQuote(labelName));
    }
    Labels[] groups = groupings(aggregate, input, evaluator.context);
    Map<Labels, double[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < groups.length; i++) {
      Labels labels =
          groups[i]
              .toBuilder()
              .set(labelName, FloatFormat.plain(input.samples().get(i).value()))
              .build();
      counts.computeIfAbsent(labels, key -> new double[1])[0]++;
    }
    List<Sample> out = new ArrayList<>(counts.size());
    counts.forEach((labels, count) -> out.add(new Sample(labels, timeMillis, count[0], false)));
    return new Vector(out);
  }

  private static boolean isValidLabelName(String name) {
    return LabelNameCheck.isValid(name);
  }

  /** The running state of one group of a reducing aggregation. */
  private static final class Group {
    double value;
    double compensation;
    double mean;
    double count = 1;
    boolean incrementalMean;
    boolean dropName;
    double[] values;
    int valueCount;

    Group(AggregationOperator operator, Sample first) {
      value = first.value();
      mean = first.value();
      dropName = first.dropName();
      switch (operator) {
        // A lone NaN or infinity has no defined spread.
        case STDDEV, STDVAR ->
            value = Double.isNaN(first.value()) || Double.isInfinite(first.value()) ? Double.NaN : 0;
        case QUANTILE -> {
          values = new double[8];
          values[0] = first.value();
          valueCount = 1;
        }
        default -> {}
      }
    }

    void add(AggregationOperator operator, Sample sample) {
      double next = sample.value();
      dropName |= sample.dropName();
      switch (operator) {
        case SUM -> {
          compensation = KahanSum.compensation(next, value, compensation);
          value += next;
        }
        case AVG -> addToAverage(next);
        case COUNT -> count++;
        case GROUP -> {}
        case MAX -> {
          if (value < next || Double.isNaN(value)) {
            value = next;
          }
        }
        case MIN -> {
          if (value > next || Double.isNaN(value)) {
            value = next;
          }
        }
        case STDDEV, STDVAR -> {
          count++;
          double delta = next - (mean + compensation);
          compensation = KahanSum.compensation(delta / count, mean, compensation);
          mean += delta / count;
          value += delta * (next - (mean + compensation));
        }
        case QUANTILE -> {
          if (valueCount == values.length) {
            values = java.util.Arrays.copyOf(values, valueCount * 2);
          }
          values[valueCount++] = next;
        }
        default -> throw new IllegalStateException(operator + " is not a reducing aggregation");
      }
    }

    private void addToAverage(double next) {
      count++;
      if (!incrementalMean) {
        double newSum = value + next;
        if (!Double.isInfinite(newSum)) {
          compensation = KahanSum.compensation(next, value, compensation);
          value = newSum;
          return;
        }
        // The sum overflowed: continue with an incremental mean, as Prometheus does.
        incrementalMean = true;
        mean = value / (count - 1);
        compensation /= count - 1;
      }
      if (Double.isInfinite(mean)) {
        if (Double.isInfinite(next) && (mean > 0) == (next > 0)) {
          return;
        }
        if (!Double.isInfinite(next) && !Double.isNaN(next)) {
          return;
        }
      }
      double currentMean = mean + compensation;
      double increment = next / count - currentMean / count;
      compensation = KahanSum.compensation(increment, mean, compensation);
      mean += increment;
    }

    double result(AggregationOperator operator, double parameter) {
      return switch (operator) {
        case SUM -> value + compensation;
        case AVG ->
            incrementalMean ? mean + compensation : value / count + compensation / count;
        case COUNT, GROUP -> operator == AggregationOperator.GROUP ? 1 : count;
        case MAX, MIN -> value;
        case STDVAR -> value / count;
        case STDDEV -> Math.sqrt(value / count);
        case QUANTILE ->
            Quantiles.quantile(parameter, java.util.Arrays.copyOf(values, valueCount));
        default -> throw new IllegalStateException(operator + " is not a reducing aggregation");
      };
    }
  }

  static final Comparator<Sample> BY_VALUE_DESCENDING_NAN_LAST =
      (a, b) -> {
        boolean aNaN = Double.isNaN(a.value());
        boolean bNaN = Double.isNaN(b.value());
        if (aNaN || bNaN) {
          return Boolean.compare(aNaN, bNaN);
        }
        return Double.compare(b.value(), a.value());
      };
}
