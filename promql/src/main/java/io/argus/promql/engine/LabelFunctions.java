package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** label_replace, label_join and the sort family. */
final class LabelFunctions {

  private final Evaluator evaluator;

  LabelFunctions(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Vector labelReplace(Call call, long timeMillis) {
    List<Expr> arguments = call.arguments();
    Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
    String destination = evaluator.evalString(arguments.get(1), timeMillis);
    String replacement = evaluator.evalString(arguments.get(2), timeMillis);
    String source = evaluator.evalString(arguments.get(3), timeMillis);
    String regex = evaluator.evalString(arguments.get(4), timeMillis);
    Pattern pattern;
    try {
      pattern = Pattern.compile("(?s:" + regex + ")");
    } catch (PatternSyntaxException e) {
      throw QueryException.execution(
          "invalid regular expression in label_replace(): " + regex);
    }
    if (!isValidLabelName(destination)) {
      throw QueryException.execution(
          "invalid destination label name in label_replace(): " + destination);
    }
    List<Sample> out = new ArrayList<>(vector.size());
    for (Sample sample : vector.samples()) {
      Matcher matcher = pattern.matcher(sample.labels().get(source));
      if (!matcher.matches()) {
        out.add(sample);
        continue;
      }
      String value = expand(replacement, matcher);
      Labels labels = sample.labels().toBuilder().set(destination, value).build();
      boolean dropName = sample.dropName() && !destination.equals(Labels.METRIC_NAME);
      out.add(new Sample(labels, timeMillis, sample.value(), dropName));
    }
    return new Vector(out);
  }

  /** Go's regexp template expansion: {@code $1}, {@code ${1}}, {@code $name}, {@code $$}. */
  static String expand(String template, Matcher matcher) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String name;
      int end;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          out.append(c);
          i++;
          continue;
        }
        name = template.substring(i + 2, close);
        end = close + 1;
      } else {
        end = i + 1;
        while (end < template.length() && isNameChar(template.charAt(end))) {
          end++;
        }
        name = template.substring(i + 1, end);
      }
      if (name.isEmpty()) {
        out.append(c);
        i++;
        continue;
      }
      out.append(group(matcher, name));
      i = end;
    }
    return out.toString();
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c) && c < 128;
  }

  private static String group(Matcher matcher, String name) {
    String value = null;
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        int index = Integer.parseInt(name);
        if (index <= matcher.groupCount()) {
          value = matcher.group(index);
        }
      } catch (NumberFormatException e) {
        value = null;
      }
    } else {
      try {
        value = matcher.group(name);
      } catch (IllegalArgumentException e) {
        value = null;
      }
    }
    return value == null ? "" : value;
  }

  Vector labelJoin(Call call, long timeMillis) {
    List<Expr> arguments = call.arguments();
    Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
    String destination = evaluator.evalString(arguments.get(1), timeMillis);
    String separator = evaluator.evalString(arguments.get(2), timeMillis);
    List<String> sources = new ArrayList<>();
    for (int i = 3; i < arguments.size(); i++) {
      sources.add(evaluator.evalString(arguments.get(i), timeMillis));
    }
    if (!isValidLabelName(destination)) {
      throw QueryException.execution(
          "invalid destination label name in label_join(): " + destination);
    }
    List<Sample> out = new ArrayList<>(vector.size());
    for (Sample sample : vector.samples()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < sources.size(); i++) {
        if (i > 0) {
          joined.append(separator);
        }
        joined.append(sample.labels().get(sources.get(i)));
      }
      Labels labels = sample.labels().toBuilder().set(destination, joined.toString()).build();
      boolean dropName = sample.dropName() && !destination.equals(Labels.METRIC_NAME);
      out.add(new Sample(labels, timeMillis, sample.value(), dropName));
    }
    return new Vector(out);
  }

  private static boolean isValidLabelName(String name) {
    return LabelNameCheck.isValid(name);
  }

  Vector sort(Call call, long timeMillis) {
    String name = call.function().name();
    List<Expr> arguments = call.arguments();
    Vector vector = evaluator.evalVector(arguments.get(0), timeMillis);
    if (evaluator.context.isRangeQuery()) {
      evaluator.context.warn(
          "sort is ineffective for range queries since results are always ordered by labels",
          call.position());
    }
    List<Sample> samples = new ArrayList<>(vector.samples());
    Comparator<Sample> order;
    switch (name) {
      case "sort" -> order = byValue(false);
      case "sort_desc" -> order = byValue(true);
      default -> {
        List<String> labelNames = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
          labelNames.add(evaluator.evalString(arguments.get(i), timeMillis));
        }
        order = byLabels(labelNames);
        if (name.equals("sort_by_label_desc")) {
          order = order.reversed();
        }
      }
    }
    samples.sort(order);
    return new Vector(samples);
  }

  /** By value, NaN always last. */
  private static Comparator<Sample> byValue(boolean descending) {
    return (a, b) -> {
      boolean aNaN = Double.isNaN(a.value());
      boolean bNaN = Double.isNaN(b.value());
      if (aNaN || bNaN) {
        return Boolean.compare(aNaN, bNaN);
      }
      return descending
          ? Double.compare(b.value(), a.value())
          : Double.compare(a.value(), b.value());
    };
  }

  private static Comparator<Sample> byLabels(List<String> labelNames) {
    return (a, b) -> {
      for (String labelName : labelNames) {
        int cmp = naturalCompare(a.labels().get(labelName), b.labels().get(labelName));
        if (cmp != 0) {
          return cmp;
        }
      }
      return a.labels().compareTo(b.labels());
    };
  }

  /** Natural order: runs of digits compare by numeric value, everything else by character. */
  static int naturalCompare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int startA = i;
        int startB = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String digitsA = a.substring(startA, i).replaceFirst("^0+(?=.)", "");
        String digitsB = b.substring(startB, j).replaceFirst("^0+(?=.)", "");
        if (digitsA.length() != digitsB.length()) {
          return Integer.compare(digitsA.length(), digitsB.length());
        }
        int cmp = digitsA.compareTo(digitsB);
        if (cmp != 0) {
          return cmp;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
