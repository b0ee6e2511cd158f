package io.argus.core.time;

/**
 * Durations in Prometheus' syntax: one or more {@code <integer><unit>} parts with units in
 * decreasing order, each at most once, from {@code y w d h m s ms}: {@code 1h30m}, {@code 15s},
 * {@code 2d}, {@code 1w}, {@code 1y}, {@code 0}. A year is 365 days and a week 7 days, as in
 * Prometheus. Everything is epoch-free milliseconds in a {@code long}.
 */
public final class PrometheusDuration {

  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L
  };

  private PrometheusDuration() {}

  /**
   * Parses a duration into milliseconds.
   *
   * @throws IllegalArgumentException with Prometheus' wording ({@code not a valid duration string:
   *     "…"}) when the text is not a duration
   */
  public static long parseMillis(String text) {
    if (text == null || text.isEmpty()) {
      throw invalid(text);
    }
    if (text.equals("0")) {
      return 0;
    }
    long total = 0;
    int lastUnit = -1;
    int i = 0;
    while (i < text.length()) {
      int digitsStart = i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i == digitsStart) {
        throw invalid(text);
      }
      long amount;
      try {
        amount = Long.parseLong(text, digitsStart, i, 10);
      } catch (NumberFormatException e) {
        throw invalid(text);
      }
      int unit = unitAt(text, i);
      if (unit < 0 || unit <= lastUnit) {
        throw invalid(text);
      }
      i += UNITS[unit].length();
      lastUnit = unit;
      try {
        total = Math.addExact(total, Math.multiplyExact(amount, UNIT_MILLIS[unit]));
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("duration out of range: \"" + text + "\"");
      }
    }
    return total;
  }

  /** Whether {@code text} is a valid duration. */
  public static boolean isValid(String text) {
    try {
      parseMillis(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Prints a duration as Prometheus does: the largest units first, zero parts omitted, {@code 0s}
   * for zero ({@code 5400000} → {@code 1h30m}, {@code 86400000} → {@code 1d}). Years and weeks are
   * used only when they divide the duration exactly, so 15 days print as {@code 15d}, not
   * {@code 2w1d}. Negative durations get a leading minus.
   */
  public static String format(long millis) {
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
      boolean exactOnly = unit <= 1;
      if (exactOnly && rest % UNIT_MILLIS[unit] != 0) {
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

  private static int unitAt(String text, int index) {
    if (text.startsWith("ms", index)) {
      return 6;
    }
    if (index >= text.length()) {
      return -1;
    }
    return switch (text.charAt(index)) {
      case 'y' -> 0;
      case 'w' -> 1;
      case 'd' -> 2;
      case 'h' -> 3;
      case 'm' -> 4;
      case 's' -> 5;
      default -> -1;
    };
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("not a valid duration string: \"" + text + "\"");
  }
}
