package io.argus.promql.parser;

import java.util.Set;

/** The reserved words of PromQL, all matched case-insensitively (callers pass lower case). */
final class Keywords {

  private static final Set<String> AGGREGATORS =
      Set.of(
          "sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "topk", "bottomk",
          "count_values", "quantile", "limitk", "limit_ratio");

  private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "unless", "atan2");

  private static final Set<String> KEYWORDS =
      Set.of(
          "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "bool",
          "start", "end", "step", "range", "anchored", "smoothed");

  /**
   * Words that can never be a metric name, as in Prometheus' grammar: a selector called {@code on}
   * or {@code bool} is a syntax error there, so it is here.
   */
  private static final Set<String> NOT_METRIC_NAMES =
      Set.of("on", "ignoring", "group_left", "group_right", "bool", "atan2");

  private Keywords() {}

  /**
   * {@code word} in lower case, without allocating when it already is (the common case: keywords
   * and metric names are almost always written in lower case).
   */
  static String lowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return word.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return word;
  }

  static boolean isAggregator(String lowerCaseWord) {
    return AGGREGATORS.contains(lowerCaseWord);
  }

  static boolean isWordOperator(String lowerCaseWord) {
    return WORD_OPERATORS.contains(lowerCaseWord);
  }

  static boolean isKeyword(String lowerCaseWord) {
    return KEYWORDS.contains(lowerCaseWord);
  }

  static boolean canBeMetricName(String lowerCaseWord) {
    return !NOT_METRIC_NAMES.contains(lowerCaseWord);
  }
}
