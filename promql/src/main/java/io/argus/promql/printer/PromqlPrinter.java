package io.argus.promql.printer;

import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.DurationExpr;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.MatrixSelector;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.RangeModifier;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.SubqueryExpr;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorMatching.Cardinality;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints an {@link Expr} as canonical single-line PromQL, the way Prometheus' {@code String()}
 * prints its syntax tree: {@code sum by (job) (rate(x{a="b"}[5m] offset 1m))}, matchers sorted and
 * joined by commas, durations in Prometheus' notation ({@code 1h30m}, {@code 90d}), {@code @}
 * times as seconds with three decimals, numbers as Go's {@code %v}. Parentheses appear only where
 * the tree has a {@link ParenExpr}. For /api/v1/format_query see {@link #prettify}. Stateless and
 * thread-safe.
 */
public final class PromqlPrinter {

  private PromqlPrinter() {}

  /** Canonical single-line PromQL for {@code expr}. */
  public static String print(Expr expr) {
    StringBuilder out = new StringBuilder(64);
    append(out, expr);
    return out.toString();
  }

  /**
   * Prometheus' multi-line layout (its {@code Prettify}): nodes whose single-line form exceeds 100
   * characters are split, children indented by two spaces per level.
   */
  public static String prettify(Expr expr) {
    return prettify(expr, Prettifier.MAX_CHARACTERS_PER_LINE);
  }

  /** {@link #prettify(Expr)} with another line length limit (Prometheus' tests use 10). */
  public static String prettify(Expr expr, int maxLineLength) {
    return new Prettifier(maxLineLength).pretty(expr, 0);
  }

  /** A duration expression as written in brackets or after {@code offset}. */
  public static String print(DurationExpr duration) {
    StringBuilder out = new StringBuilder(16);
    appendDuration(out, duration);
    return out.toString();
  }

  static void append(StringBuilder out, Expr expr) {
    switch (expr) {
      case NumberLiteral number -> out.append(formatNumber(number.value()));
      case StringLiteral string -> GoQuote.appendQuoted(out, string.value(), '"');
      case VectorSelector selector -> {
        appendSelectorBody(out, selector);
        appendAtAndOffset(out, selector.at(), selector.offsetMillis(), selector.offsetExpression());
        appendRangeModifier(out, selector.rangeModifier());
      }
      case MatrixSelector matrix -> {
        VectorSelector selector = matrix.selector();
        appendSelectorBody(out, selector);
        out.append('[');
        appendDuration(out, matrix.rangeMillis(), matrix.rangeExpression());
        out.append(']');
        appendAtAndOffset(out, selector.at(), selector.offsetMillis(), selector.offsetExpression());
        appendRangeModifier(out, selector.rangeModifier());
      }
      case SubqueryExpr subquery -> {
        append(out, subquery.expr());
        appendSubquerySuffix(out, subquery);
      }
      case ParenExpr paren -> {
        out.append('(');
        append(out, paren.expr());
        out.append(')');
      }
      case UnaryExpr unary -> {
        out.append(unary.negative() ? '-' : '+');
        append(out, unary.expr());
      }
      case BinaryExpr binary -> {
        append(out, binary.left());
        out.append(' ');
        appendOperatorAndModifiers(out, binary);
        out.append(' ');
        append(out, binary.right());
      }
      case AggregateExpr aggregate -> {
        appendAggregationHead(out, aggregate);
        out.append('(');
        if (aggregate.parameter() != null) {
          append(out, aggregate.parameter());
          out.append(", ");
        }
        append(out, aggregate.expr());
        out.append(')');
      }
      case Call call -> {
        out.append(call.function().name()).append('(');
        for (int i = 0; i < call.arguments().size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          append(out, call.arguments().get(i));
        }
        out.append(')');
      }
    }
  }

  /**
   * A number as Go's {@code %v} prints it, except positive infinity, printed {@code Inf} rather
   * than {@code +Inf}: with the sign, {@code Inf ^ x} would print as {@code +Inf ^ x}, which
   * parses as {@code +(Inf ^ x)}.
   */
  static String formatNumber(double value) {
    return value == Double.POSITIVE_INFINITY ? "Inf" : GoFloat.formatShortest(value);
  }

  /** {@code sum}, {@code sum by (a, b) } or {@code sum without (a) } (trailing space included). */
  static void appendAggregationHead(StringBuilder out, AggregateExpr aggregate) {
    out.append(aggregate.operator().keyword());
    if (aggregate.without() || !aggregate.grouping().isEmpty()) {
      out.append(aggregate.without() ? " without (" : " by (");
      appendLabelList(out, aggregate.grouping());
      out.append(") ");
    }
  }

  /** The operator with {@code bool}, matching, grouping and fill modifiers, e.g. {@code > bool}. */
  static void appendOperatorAndModifiers(StringBuilder out, BinaryExpr binary) {
    out.append(binary.operator().symbol());
    if (binary.returnBool()) {
      out.append(" bool");
    }
    VectorMatching matching = binary.matching();
    if (matching == null) {
      return;
    }
    boolean grouped =
        matching.cardinality() == Cardinality.MANY_TO_ONE
            || matching.cardinality() == Cardinality.ONE_TO_MANY;
    if (!matching.matchingLabels().isEmpty() || matching.on() || grouped) {
      out.append(matching.on() ? " on (" : " ignoring (");
      appendLabelList(out, matching.matchingLabels());
      out.append(')');
      if (grouped) {
        out.append(matching.cardinality() == Cardinality.MANY_TO_ONE ? " group_left (" : " group_right (");
        appendLabelList(out, matching.include());
        out.append(')');
      }
    }
    Double left = matching.fillLeft();
    Double right = matching.fillRight();
    if (left != null && left.equals(right)) {
      out.append(" fill(").append(formatNumber(left)).append(')');
    } else {
      if (left != null) {
        out.append(" fill_left(").append(formatNumber(left)).append(')');
      }
      if (right != null) {
        out.append(" fill_right(").append(formatNumber(right)).append(')');
      }
    }
  }

  /** {@code [range:step]} and the subquery's {@code @} and offset. */
  static void appendSubquerySuffix(StringBuilder out, SubqueryExpr subquery) {
    out.append('[');
    appendDuration(out, subquery.rangeMillis(), subquery.rangeExpression());
    out.append(':');
    if (subquery.stepExpression() != null || subquery.stepMillis() != 0) {
      appendDuration(out, subquery.stepMillis(), subquery.stepExpression());
    }
    out.append(']');
    appendAtAndOffset(out, subquery.at(), subquery.offsetMillis(), subquery.offsetExpression());
  }

  private static void appendSelectorBody(StringBuilder out, VectorSelector selector) {
    String name = selector.name();
    List<String> matcherTexts = new ArrayList<>(selector.matchers().size());
    boolean nameSkipped = false;
    for (Matcher matcher : selector.matchers()) {
      if (!nameSkipped
          && name != null
          && matcher.name().equals(Labels.METRIC_NAME)
          && matcher.type() == io.argus.core.label.MatchType.EQUAL
          && matcher.value().equals(name)) {
        nameSkipped = true;
        continue;
      }
      matcherTexts.add(matcherText(matcher));
    }
    Collections.sort(matcherTexts);
    boolean bareName = name != null && LabelNames.isValidLegacyMetricName(name);
    if (bareName) {
      out.append(name);
    }
    if (!bareName && name != null) {
      matcherTexts.add(0, GoQuote.quote(name));
    }
    if (!matcherTexts.isEmpty() || name == null) {
      out.append('{').append(String.join(",", matcherTexts)).append('}');
    }
  }

  /** A matcher as PromQL writes it; a label name outside the legacy character set is quoted. */
  public static String matcherText(Matcher matcher) {
    StringBuilder out = new StringBuilder();
    appendLabelName(out, matcher.name());
    out.append(matcher.type().operator());
    GoQuote.appendQuoted(out, matcher.value(), '"');
    return out.toString();
  }

  private static void appendLabelList(StringBuilder out, List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      appendLabelName(out, labels.get(i));
    }
  }

  private static void appendLabelName(StringBuilder out, String name) {
    if (LabelNames.isValidLegacyLabelName(name)) {
      out.append(name);
    } else {
      GoQuote.appendQuoted(out, name, '"');
    }
  }

  private static void appendAtAndOffset(
      StringBuilder out, AtModifier at, long offsetMillis, DurationExpr offsetExpression) {
    switch (at) {
      case AtModifier.None none -> {}
      case AtModifier.Timestamp timestamp ->
          out.append(" @ ").append(GoFloat.formatFixed(timestamp.timestampMillis() / 1000.0, 3));
      case AtModifier.Start start -> out.append(" @ start()");
      case AtModifier.End end -> out.append(" @ end()");
    }
    if (offsetExpression != null) {
      out.append(" offset ");
      appendDuration(out, offsetExpression);
    } else if (offsetMillis != 0) {
      out.append(" offset ").append(formatDuration(offsetMillis));
    }
  }

  private static void appendRangeModifier(StringBuilder out, RangeModifier modifier) {
    if (modifier != RangeModifier.NONE) {
      out.append(' ').append(modifier.keyword());
    }
  }

  private static void appendDuration(StringBuilder out, long millis, DurationExpr expression) {
    if (expression != null) {
      appendDuration(out, expression);
    } else {
      out.append(formatDuration(millis));
    }
  }

  private static void appendDuration(StringBuilder out, DurationExpr duration) {
    switch (duration) {
      case DurationExpr.Literal literal -> {
        if (literal.writtenAsDuration()) {
          out.append(formatDuration(Math.round(literal.seconds() * 1000)));
        } else {
          out.append(GoFloat.formatShortest(literal.seconds()));
        }
      }
      case DurationExpr.Unary unary -> {
        out.append(unary.negative() ? '-' : '+');
        appendDuration(out, unary.operand());
      }
      case DurationExpr.Binary binary -> {
        appendDuration(out, binary.left());
        out.append(' ').append(binary.operator().symbol()).append(' ');
        appendDuration(out, binary.right());
      }
      case DurationExpr.Step step -> out.append("step()");
      case DurationExpr.Range range -> out.append("range()");
      case DurationExpr.MinMax minMax -> {
        out.append(minMax.maximum() ? "max_of(" : "min_of(");
        appendDuration(out, minMax.left());
        out.append(", ");
        appendDuration(out, minMax.right());
        out.append(')');
      }
      case DurationExpr.Paren paren -> {
        out.append('(');
        appendDuration(out, paren.inner());
        out.append(')');
      }
    }
  }

  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L
  };
  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};

  /**
   * A duration as Prometheus' {@code model.Duration} prints it: largest units first, years and
   * weeks only when they divide the whole duration exactly ({@code 90d}, not {@code 12w6d}),
   * {@code 0s} for zero, a leading minus for negative durations.
   */
  public static String formatDuration(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = millis;
    if (rest < 0) {
      out.append('-');
      rest = -rest;
    }
    for (int unit = 0; unit < UNITS.length; unit++) {
      if (unit < 2 && rest % UNIT_MILLIS[unit] != 0) {
        continue;
      }
      long amount = rest / UNIT_MILLIS[unit];
      if (amount > 0) {
        out.append(amount).append(UNITS[unit]);
        rest -= amount * UNIT_MILLIS[unit];
      }
    }
    return out.toString();
  }
}
