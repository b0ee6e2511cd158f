package io.argus.promql.scripttest;

import io.argus.core.storage.StaleMarker;
import java.util.Arrays;

/**
 * The value items of a load or expected-series line expanded into slots: {@code 1+2x3} gives
 * 1, 3, 5, 7; {@code _x2} two empty slots; {@code stale} a staleness marker. Native histogram
 * literals ({@code {{…}}}) are recognised but not supported: their slots are flagged so that cases
 * depending on them are counted as native-histogram cases.
 *
 * @param values the value of each slot
 * @param present whether a slot holds a sample
 * @param histogram whether a slot held a native histogram (then not present)
 */
public record SeriesValues(double[] values, boolean[] present, boolean[] histogram) {

  public int size() {
    return values.length;
  }

  public boolean hasHistogram() {
    for (boolean h : histogram) {
      if (h) {
        return true;
      }
    }
    return false;
  }

  /**
   * Expands whitespace-separated items.
   *
   * @throws IllegalArgumentException naming the item that is malformed
   */
  public static SeriesValues parse(String text) {
    Builder builder = new Builder();
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      if (text.startsWith("{{", i)) {
        i = skipHistogramItem(text, i);
        String item = text.substring(start, i);
        int repeat = repeatCount(item.substring(item.lastIndexOf("}}") + 2));
        for (int k = 0; k < repeat; k++) {
          builder.addHistogram();
        }
        continue;
      }
      while (i < length && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        i++;
      }
      expandItem(text.substring(start, i), builder);
    }
    return builder.build();
  }

  /** The end of a histogram item: past {@code }}}, its {@code +{{…}}} and its {@code xN}. */
  private static int skipHistogramItem(String text, int start) {
    int i = text.indexOf("}}", start);
    if (i < 0) {
      throw new IllegalArgumentException("unterminated histogram literal: " + text.substring(start));
    }
    i += 2;
    while (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      int close = text.indexOf("}}", i);
      if (close < 0) {
        throw new IllegalArgumentException("unterminated histogram literal: " + text.substring(i));
      }
      i = close + 2;
    }
    while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
      i++;
    }
    return i;
  }

  /** For a suffix like {@code x3}, 4 slots; for an empty suffix, 1. */
  private static int repeatCount(String suffix) {
    if (suffix.isEmpty()) {
      return 1;
    }
    if (suffix.charAt(0) != 'x') {
      throw new IllegalArgumentException("malformed repetition: " + suffix);
    }
    return Integer.parseInt(suffix.substring(1)) + 1;
  }

  private static void expandItem(String item, Builder builder) {
    if (item.equals("_")) {
      builder.addEmpty();
      return;
    }
    if (item.startsWith("_x")) {
      int count = Integer.parseInt(item.substring(2));
      for (int k = 0; k < count; k++) {
        builder.addEmpty();
      }
      return;
    }
    if (item.equals("stale")) {
      builder.add(StaleMarker.STALE_NAN);
      return;
    }
    int times = item.lastIndexOf('x');
    if (times < 0 || !isDigits(item.substring(times + 1))) {
      builder.add(parseNumber(item));
      return;
    }
    int count = Integer.parseInt(item.substring(times + 1));
    String sequence = item.substring(0, times);
    if (sequence.equals("stale")) {
      for (int k = 0; k <= count; k++) {
        builder.add(StaleMarker.STALE_NAN);
      }
      return;
    }
    int operator = findStepOperator(sequence);
    double start;
    double step = 0;
    if (operator < 0) {
      start = parseNumber(sequence);
    } else {
      start = parseNumber(sequence.substring(0, operator));
      step = parseNumber(sequence.substring(operator + 1));
      if (sequence.charAt(operator) == '-') {
        step = -step;
      }
    }
    double value = start;
    for (int k = 0; k <= count; k++) {
      builder.add(value);
      value += step;
    }
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The position of the {@code +}/{@code -} between start and step, skipping signs and exponents. */
  private static int findStepOperator(String sequence) {
    for (int i = 1; i < sequence.length(); i++) {
      char c = sequence.charAt(i);
      if ((c == '+' || c == '-')) {
        char before = sequence.charAt(i - 1);
        if (before != 'e' && before != 'E') {
          return i;
        }
      }
    }
    return -1;
  }

  /** A number as the test language writes it: decimal, exponent, underscores, Inf, NaN. */
  static double parseNumber(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (unsigned.isEmpty()
        || !(Character.isDigit(unsigned.charAt(0)) || unsigned.charAt(0) == '.')) {
      throw new IllegalArgumentException("not a number: \"" + text + "\"");
    }
    try {
      return Double.parseDouble(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: \"" + text + "\"", e);
    }
  }

  private static final class Builder {
    double[] values = new double[16];
    boolean[] present = new boolean[16];
    boolean[] histogram = new boolean[16];
    int size;

    void add(double value) {
      grow();
      values[size] = value;
      present[size] = true;
      size++;
    }

    void addEmpty() {
      grow();
      size++;
    }

    void addHistogram() {
      grow();
      histogram[size] = true;
      size++;
    }

    private void grow() {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
        present = Arrays.copyOf(present, size * 2);
        histogram = Arrays.copyOf(histogram, size * 2);
      }
    }

    SeriesValues build() {
      return new SeriesValues(
          Arrays.copyOf(values, size), Arrays.copyOf(present, size), Arrays.copyOf(histogram, size));
    }
  }
}
