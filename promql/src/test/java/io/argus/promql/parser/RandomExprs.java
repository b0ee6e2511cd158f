package io.argus.promql.parser;

import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.Functions;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorMatching.Cardinality;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test helper: random, well-typed syntax trees of every node kind, in the shape the parser
 * produces (so that printing and re-parsing can give the same tree): binary and unary operands
 * that are themselves operators are parenthesised, number literals are not negative (the parser
 * folds a sign into the literal), matchers are in canonical order, and a duration that is a plain
 * literal is stored as milliseconds only.
 */
final class RandomExprs {

  private static final PositionRange P = PositionRange.NONE;
  private static final String[] METRIC_NAMES = {"up", "http_requests_total", "job:rate:sum", "my.metric", "métrique", "sum", "by"};
  private static final String[] LABEL_NAMES = {"job", "instance", "le", "label.x", "on", "__name__", "ünï"};
  private static final String[] VALUES = {"", "api", "a\"b", "back\\slash", "new\nline", "tab\t", "日本", "\u0000", "x\uDCC5y"};
  private static final String[] REGEXES = {".*", ".+", "a|b", "5..", "[a-z]+"};

  private final Random random;

  RandomExprs(long seed) {
    this.random = new Random(seed);
  }

  Expr any(int depth) {
    return switch (random.nextInt(3)) {
      case 0 -> instantVector(depth);
      case 1 -> scalar(depth);
      default -> rangeVector(depth);
    };
  }

  Expr instantVector(int depth) {
    int choice = depth <= 0 ? 0 : random.nextInt(7);
    return switch (choice) {
      case 0 -> selector();
      case 1 -> binaryVector(depth - 1);
      case 2 -> new UnaryExpr(random.nextBoolean(), operand(instantVector(depth - 1)), P);
      case 3 -> aggregation(depth - 1);
      case 4 -> vectorCall(depth - 1);
      case 5 -> new ParenExpr(instantVector(depth - 1), P);
      default -> selector();
    };
  }

  Expr scalar(int depth) {
    int choice = depth <= 0 ? 0 : random.nextInt(5);
    return switch (choice) {
      case 0 -> number();
      case 1 -> {
        BinaryOperator operator = arithmeticOrComparison();
        yield new BinaryExpr(
            operator, operand(scalar(depth - 1)), operand(scalar(depth - 1)), operator.isComparison(), null, P);
      }
      case 2 -> new Call(Functions.lookup("scalar"), List.of(instantVector(depth - 1)), P);
      case 3 -> new Call(Functions.lookup(random.nextBoolean() ? "time" : "pi"), List.of(), P);
      default -> new ParenExpr(scalar(depth - 1), P);
    };
  }

  Expr rangeVector(int depth) {
    if (depth > 0 && random.nextInt(3) == 0) {
      DurationPair range = duration(false);
      DurationPair step = random.nextBoolean() ? new DurationPair(0, null) : duration(false);
      DurationPair offset = random.nextBoolean() ? new DurationPair(0, null) : duration(true);
      Expr inner = operand(instantVector(depth - 1));
      return new SubqueryExpr(
          inner, range.millis, range.expression, step.millis, step.expression, offset.millis, offset.expression, at(), P);
    }
    DurationPair range = duration(false);
    return new MatrixSelector(selector(), range.millis, range.expression, P);
  }

  private Expr binaryVector(int depth) {
    BinaryOperator[] operators = BinaryOperator.values();
    BinaryOperator operator = operators[random.nextInt(operators.length)];
    boolean bothVectors = operator.isSetOperator() || random.nextBoolean();
    Expr left = operand(instantVector(depth));
    Expr right = operand(bothVectors ? instantVector(depth) : scalar(depth));
    if (!bothVectors && random.nextBoolean()) {
      Expr swap = left;
      left = right;
      right = swap;
    }
    boolean returnBool = operator.isComparison() && random.nextBoolean();
    return new BinaryExpr(operator, left, right, returnBool, bothVectors ? matching(operator) : null, P);
  }

  private VectorMatching matching(BinaryOperator operator) {
    boolean on = random.nextBoolean();
    List<String> labels = labels(on ? 3 : random.nextInt(3));
    Cardinality cardinality = operator.isSetOperator() ? Cardinality.MANY_TO_MANY : Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    if (!operator.isSetOperator() && (on || !labels.isEmpty()) && random.nextBoolean()) {
      cardinality = random.nextBoolean() ? Cardinality.MANY_TO_ONE : Cardinality.ONE_TO_MANY;
      include = new ArrayList<>(labels(2));
      if (on) {
        include.removeAll(labels);
      }
    }
    if (!on && labels.isEmpty() && cardinality != Cardinality.MANY_TO_MANY) {
      on = false;
    }
    Double fillLeft = null;
    Double fillRight = null;
    if (!operator.isSetOperator() && random.nextInt(3) == 0) {
      fillLeft = random.nextBoolean() ? fillValue() : null;
      fillRight = random.nextBoolean() ? fillValue() : null;
    }
    return new VectorMatching(cardinality, labels, on, include, fillLeft, fillRight);
  }

  private double fillValue() {
    return switch (random.nextInt(4)) {
      case 0 -> Double.NaN;
      case 1 -> Double.NEGATIVE_INFINITY;
      case 2 -> -random.nextInt(100);
      default -> random.nextInt(1000) / 8.0;
    };
  }

  private Expr aggregation(int depth) {
    AggregationOperator[] operators = AggregationOperator.values();
    AggregationOperator operator = operators[random.nextInt(operators.length)];
    Expr parameter = null;
    if (operator.parameterType() != null) {
      parameter = switch (operator.parameterType()) {
        case STRING -> new StringLiteral(VALUES[random.nextInt(VALUES.length)], P);
        default -> scalar(depth);
      };
    }
    boolean without = random.nextBoolean();
    return new AggregateExpr(operator, instantVector(depth), parameter, labels(random.nextInt(3)), without, P);
  }

  private Expr vectorCall(int depth) {
    return switch (random.nextInt(6)) {
      case 0 -> new Call(Functions.lookup("abs"), List.of(instantVector(depth)), P);
      case 1 -> new Call(Functions.lookup("rate"), List.of(rangeVector(depth)), P);
      case 2 -> new Call(Functions.lookup("round"), random.nextBoolean() ? List.of(instantVector(depth)) : List.of(instantVector(depth), scalar(depth)), P);
      case 3 -> new Call(Functions.lookup("histogram_quantile"), List.of(scalar(depth), instantVector(depth)), P);
      case 4 -> new Call(Functions.lookup("quantile_over_time"), List.of(scalar(depth), rangeVector(depth)), P);
      default -> {
        List<Expr> arguments = new ArrayList<>(List.of(instantVector(depth)));
        for (int i = 0; i < 3 + random.nextInt(3); i++) {
          arguments.add(new StringLiteral(VALUES[random.nextInt(VALUES.length)], P));
        }
        yield new Call(Functions.lookup("label_join"), arguments, P);
      }
    };
  }

  VectorSelector selector() {
    String name = random.nextInt(4) == 0 ? null : METRIC_NAMES[random.nextInt(METRIC_NAMES.length)];
    List<Matcher> matchers = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String label = LABEL_NAMES[random.nextInt(LABEL_NAMES.length)];
      if (name != null && label.equals("__name__")) {
        continue;
      }
      MatchType type = MatchType.values()[random.nextInt(4)];
      String value = type.isRegex() ? REGEXES[random.nextInt(REGEXES.length)] : VALUES[random.nextInt(VALUES.length)];
      matchers.add(Matcher.of(type, label, value));
    }
    if (name == null && matchers.stream().allMatch(Matcher::matchesEmpty)) {
      matchers.add(Matcher.equal("job", "api"));
    }
    if (name != null) {
      matchers.add(0, Matcher.equal("__name__", name));
    }
    DurationPair offset = random.nextBoolean() ? new DurationPair(0, null) : duration(true);
    RangeModifier modifier = RangeModifier.values()[random.nextInt(3)];
    return new VectorSelector(name, matchers, offset.millis, offset.expression, at(), modifier, P);
  }

  private AtModifier at() {
    return switch (random.nextInt(5)) {
      case 0 -> new AtModifier.Timestamp(random.nextLong(-10_000_000_000_000L, 10_000_000_000_000L));
      case 1 -> new AtModifier.Start();
      case 2 -> new AtModifier.End();
      default -> AtModifier.NONE;
    };
  }

  private List<String> labels(int count) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String label = LABEL_NAMES[random.nextInt(LABEL_NAMES.length)];
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
    return labels;
  }

  private Expr number() {
    double value = switch (random.nextInt(5)) {
      case 0 -> random.nextInt(1000);
      case 1 -> random.nextDouble();
      case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      case 3 -> Double.NaN;
      default -> Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL);
    };
    return new NumberLiteral(value, P);
  }

  private BinaryOperator arithmeticOrComparison() {
    BinaryOperator operator;
    do {
      operator = BinaryOperator.values()[random.nextInt(BinaryOperator.values().length)];
    } while (operator.isSetOperator());
    return operator;
  }

  /** Operators as operands get parentheses, as the printer cannot add them. */
  private static Expr operand(Expr expr) {
    return expr instanceof BinaryExpr || expr instanceof UnaryExpr ? new ParenExpr(expr, P) : expr;
  }

  record DurationPair(long millis, DurationExpr expression) {}

  /** A non-zero literal duration or a duration expression (in the forms the parser keeps). */
  private DurationPair duration(boolean offset) {
    if (random.nextInt(3) != 0) {
      long millis = 1 + random.nextLong(10_000_000_000L);
      if (offset && random.nextBoolean()) {
        millis = -millis;
      }
      return new DurationPair(millis, null);
    }
    while (true) {
      DurationExpr expression = offset ? offsetExpression() : durationExpression(2);
      if (expression instanceof DurationExpr.Literal) {
        expression = new DurationExpr.Paren(expression, P);
      }
      if (!expression.isConstant()) {
        return new DurationPair(0, expression);
      }
      try {
        long millis = expression.evaluateMillis(0, 0);
        if (offset || millis > 0) { // constant ranges must be positive
          return new DurationPair(millis, expression);
        }
      } catch (IllegalArgumentException outOfRange) {
        // the parser rejects such constants too; draw another expression
      }
    }
  }

  private DurationExpr offsetExpression() {
    return switch (random.nextInt(5)) {
      case 0 -> new DurationExpr.Step(P);
      case 1 -> new DurationExpr.Range(P);
      case 2 -> new DurationExpr.Unary(true, new DurationExpr.Step(P), P);
      case 3 -> new DurationExpr.MinMax(random.nextBoolean(), durationExpression(1), durationExpression(1), P);
      default -> new DurationExpr.Paren(durationExpression(2), P);
    };
  }

  private DurationExpr durationExpression(int depth) {
    int choice = depth <= 0 ? random.nextInt(3) : random.nextInt(7);
    return switch (choice) {
      case 0 -> {
        long millis = random.nextLong(1, 100_000_000L);
        yield random.nextBoolean()
            ? new DurationExpr.Literal(millis / 1000.0, true, P)
            : new DurationExpr.Literal(random.nextInt(1000), false, P);
      }
      case 1 -> new DurationExpr.Step(P);
      case 2 -> new DurationExpr.Range(P);
      case 3, 4 -> {
        BinaryOperator[] operators = {BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL};
        yield new DurationExpr.Binary(
            operators[random.nextInt(3)], durationOperand(depth - 1), durationOperand(depth - 1), P);
      }
      case 5 -> new DurationExpr.MinMax(random.nextBoolean(), durationExpression(depth - 1), durationExpression(depth - 1), P);
      default -> new DurationExpr.Paren(durationExpression(depth - 1), P);
    };
  }

  private DurationExpr durationOperand(int depth) {
    DurationExpr expression = durationExpression(depth);
    return expression instanceof DurationExpr.Binary ? new DurationExpr.Paren(expression, P) : expression;
  }
}
