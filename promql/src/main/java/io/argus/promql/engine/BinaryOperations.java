package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.VectorMatching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binary operators between scalars and vectors: arithmetic, comparisons (filtering or with
 * {@code bool}), set operators, and vector matching with {@code on}/{@code ignoring} and
 * {@code group_left}/{@code group_right}, with Prometheus' result labels and error texts.
 */
final class BinaryOperations {

  private static final VectorMatching DEFAULT_MATCHING =
      new VectorMatching(VectorMatching.Cardinality.ONE_TO_ONE, List.of(), false, List.of());

  private final Evaluator evaluator;

  BinaryOperations(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value eval(BinaryExpr binary, long timeMillis) {
    Value left = evaluator.eval(binary.left(), timeMillis);
    Value right = evaluator.eval(binary.right(), timeMillis);
    BinaryOperator operator = binary.operator();
    if (left instanceof Scalar l && right instanceof Scalar r) {
      double value = ScalarMath.apply(operator, l.value(), r.value());
      if (operator.isComparison()) {
        value = ScalarMath.comparisonHolds(operator, l.value(), r.value()) ? 1 : 0;
      }
      return new Scalar(timeMillis, value);
    }
    if (left instanceof Vector l && right instanceof Scalar r) {
      return vectorScalar(binary, l, r.value(), false, timeMillis);
    }
    if (left instanceof Scalar l && right instanceof Vector r) {
      return vectorScalar(binary, r, l.value(), true, timeMillis);
    }
    if (left instanceof Vector l && right instanceof Vector r) {
      VectorMatching matching = binary.matching() == null ? DEFAULT_MATCHING : binary.matching();
      return switch (operator) {
        case AND -> and(l, r, matching);
        case OR -> or(l, r, matching);
        case UNLESS -> unless(l, r, matching);
        default -> vectorVector(binary, l, r, matching, timeMillis);
      };
    }
    throw QueryException.badData(
        "invalid operands for binary operator "
            + operator.symbol()
            + ": "
            + left.getClass().getSimpleName()
            + " and "
            + right.getClass().getSimpleName());
  }

  private Vector vectorScalar(
      BinaryExpr binary, Vector vector, double scalar, boolean scalarOnLeft, long timeMillis) {
    BinaryOperator operator = binary.operator();
    List<Sample> out = new ArrayList<>(vector.size());
    if (isTrim(operator)) {
      return Vector.EMPTY;
    }
    for (Sample sample : vector.samples()) {
      double left = scalarOnLeft ? scalar : sample.value();
      double right = scalarOnLeft ? sample.value() : scalar;
      double value;
      boolean dropName = true;
      if (operator.isComparison()) {
        boolean holds = ScalarMath.comparisonHolds(operator, left, right);
        if (binary.returnBool()) {
          value = holds ? 1 : 0;
        } else {
          if (!holds) {
            continue;
          }
          value = sample.value();
          dropName = sample.dropName();
        }
      } else {
        value = ScalarMath.apply(operator, left, right);
      }
      out.add(new Sample(sample.labels(), timeMillis, value, dropName));
    }
    return new Vector(out);
  }

  private Vector vectorVector(
      BinaryExpr binary, Vector left, Vector right, VectorMatching matching, long timeMillis) {
    BinaryOperator operator = binary.operator();
    VectorMatching.Cardinality cardinality = matching.cardinality();
    if (isTrim(operator)) {
      return Vector.EMPTY;
    }
    if (cardinality == VectorMatching.Cardinality.MANY_TO_MANY) {
      throw QueryException.execution("many-to-many only allowed for set operators");
    }
    boolean flipped = cardinality == VectorMatching.Cardinality.ONE_TO_MANY;
    Vector many = flipped ? right : left;
    Vector one = flipped ? left : right;
    Map<Labels, Sample> oneSide = new HashMap<>();
    for (Sample sample : one.samples()) {
      Labels signature = signature(sample.labels(), matching);
      Sample previous = oneSide.putIfAbsent(signature, sample);
      if (previous != null) {
        throw QueryException.execution(
            "found duplicate series for the match group "
                + signature
                + " on the "
                + (flipped ? "left" : "right")
                + " hand-side of the operation: ["
                + previous.labels()
                + ", "
                + sample.labels()
                + "];many-to-many matching not allowed: matching labels must be unique on one side");
      }
    }
    Map<Labels, Set<Labels>> matched = new HashMap<>();
    Set<Labels> paired = new HashSet<>();
    List<Sample> out = new ArrayList<>();
    LabelsBuilder builder = new LabelsBuilder();
    for (Sample sample : many.samples()) {
      Labels signature = signature(sample.labels(), matching);
      Sample partner = oneSide.get(signature);
      if (partner == null) {
        if (matching.fillRight() == null) {
          continue;
        }
        // fill_right pairs an unmatched sample of the "many" side with a made-up partner.
        partner = new Sample(Labels.empty(), timeMillis, matching.fillRight(), false);
      } else {
        paired.add(signature);
      }
      double leftValue = flipped ? partner.value() : sample.value();
      double rightValue = flipped ? sample.value() : partner.value();
      Set<Labels> inserted = matched.get(signature);
      if (cardinality == VectorMatching.Cardinality.ONE_TO_ONE) {
        // Checked before comparisons filter, so the error does not depend on the values.
        if (inserted != null) {
          throw QueryException.execution(
              "multiple matches for labels: many-to-one matching must be explicit"
                  + " (group_left/group_right)");
        }
        matched.put(signature, Set.of());
      }
      double value;
      boolean dropName = true;
      if (operator.isComparison()) {
        boolean holds = ScalarMath.comparisonHolds(operator, leftValue, rightValue);
        if (binary.returnBool()) {
          value = holds ? 1 : 0;
        } else {
          if (!holds) {
            continue;
          }
          value = leftValue;
          dropName = flipped ? partner.dropName() : sample.dropName();
        }
      } else {
        value = ScalarMath.apply(operator, leftValue, rightValue);
      }
      Labels labels = resultLabels(builder, sample.labels(), partner.labels(), matching);
      if (cardinality != VectorMatching.Cardinality.ONE_TO_ONE) {
        if (inserted == null) {
          inserted = new HashSet<>();
          matched.put(signature, inserted);
        }
        if (!inserted.add(labels)) {
          throw QueryException.execution(
              "multiple matches for labels: grouping labels must ensure unique matches");
        }
      }
      out.add(new Sample(labels, timeMillis, value, dropName));
    }
    if (matching.fillLeft() != null) {
      fillMissingMany(binary, one, matching, paired, flipped, out, timeMillis);
    }
    return new Vector(out);
  }

  /**
   * fill_left: samples of the "one" side that matched nothing are paired with a made-up sample
   * whose labels are the match signature.
   */
  private static void fillMissingMany(
      BinaryExpr binary,
      Vector one,
      VectorMatching matching,
      Set<Labels> paired,
      boolean flipped,
      List<Sample> out,
      long timeMillis) {
    BinaryOperator operator = binary.operator();
    double fill = matching.fillLeft();
    for (Sample sample : one.samples()) {
      Labels signature = signature(sample.labels(), matching);
      if (paired.contains(signature)) {
        continue;
      }
      double leftValue = flipped ? sample.value() : fill;
      double rightValue = flipped ? fill : sample.value();
      double value;
      if (operator.isComparison()) {
        boolean holds = ScalarMath.comparisonHolds(operator, leftValue, rightValue);
        if (binary.returnBool()) {
          value = holds ? 1 : 0;
        } else if (holds) {
          value = leftValue;
        } else {
          continue;
        }
      } else {
        value = ScalarMath.apply(operator, leftValue, rightValue);
      }
      out.add(new Sample(signature, timeMillis, value, true));
    }
  }

  /** {@code </} and {@code >/} only trim native histograms; float samples give no result. */
  private static boolean isTrim(BinaryOperator operator) {
    return operator == BinaryOperator.TRIM_UPPER || operator == BinaryOperator.TRIM_LOWER;
  }

  private static Labels resultLabels(
      LabelsBuilder builder, Labels many, Labels one, VectorMatching matching) {
    builder.reset(many);
    if (matching.cardinality() == VectorMatching.Cardinality.ONE_TO_ONE) {
      if (matching.on()) {
        builder.keep(matching.matchingLabels().toArray(new String[0]));
      } else {
        builder.remove(matching.matchingLabels().toArray(new String[0]));
      }
    }
    for (String name : matching.include()) {
      builder.set(name, one.get(name));
    }
    return builder.build();
  }

  /** The labels two samples must share to match: the {@code on} labels, or all but the ignored. */
  static Labels signature(Labels labels, VectorMatching matching) {
    if (matching.on()) {
      if (matching.matchingLabels().isEmpty()) {
        return Labels.empty();
      }
      LabelsBuilder builder = new LabelsBuilder();
      for (String name : matching.matchingLabels()) {
        builder.set(name, labels.get(name));
      }
      return builder.build();
    }
    if (matching.matchingLabels().isEmpty() && !labels.has(Labels.METRIC_NAME)) {
      return labels;
    }
    LabelsBuilder builder = labels.toBuilder();
    builder.remove(Labels.METRIC_NAME);
    builder.remove(matching.matchingLabels().toArray(new String[0]));
    return builder.build();
  }

  private static Vector and(Vector left, Vector right, VectorMatching matching) {
    Set<Labels> rightSignatures = signatures(right, matching);
    List<Sample> out = new ArrayList<>();
    for (Sample sample : left.samples()) {
      if (rightSignatures.contains(signature(sample.labels(), matching))) {
        out.add(sample);
      }
    }
    return new Vector(out);
  }

  private static Vector or(Vector left, Vector right, VectorMatching matching) {
    Set<Labels> leftSignatures = signatures(left, matching);
    List<Sample> out = new ArrayList<>(left.samples());
    for (Sample sample : right.samples()) {
      if (!leftSignatures.contains(signature(sample.labels(), matching))) {
        out.add(sample);
      }
    }
    return new Vector(out);
  }

  private static Vector unless(Vector left, Vector right, VectorMatching matching) {
    Set<Labels> rightSignatures = signatures(right, matching);
    List<Sample> out = new ArrayList<>();
    for (Sample sample : left.samples()) {
      if (!rightSignatures.contains(signature(sample.labels(), matching))) {
        out.add(sample);
      }
    }
    return new Vector(out);
  }

  private static Set<Labels> signatures(Vector vector, VectorMatching matching) {
    Set<Labels> signatures = new HashSet<>();
    for (Sample sample : vector.samples()) {
      signatures.add(signature(sample.labels(), matching));
    }
    return signatures;
  }
}
