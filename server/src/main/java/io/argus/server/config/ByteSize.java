package io.argus.server.config;

/**
 * Sizes as Prometheus writes them in configuration and flags: a number with an optional unit, {@code
 * B KB MB GB TB PB EB} (powers of 1024, as Prometheus' units library treats them) or the explicit
 * {@code KiB MiB GiB TiB PiB EiB}.
 */
public final class ByteSize {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

  private ByteSize() {}

  /** Parses a size into bytes; {@code 0} and the empty string are zero. */
  public static long parseBytes(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.equals("0")) {
      return 0;
    }
    int split = 0;
    while (split < trimmed.length() && Character.isDigit(trimmed.charAt(split))) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException("not a valid size: \"" + text + "\"");
    }
    long amount = Long.parseLong(trimmed.substring(0, split));
    String unit = trimmed.substring(split).replace("iB", "B");
    for (int power = 0; power < UNITS.length; power++) {
      if (UNITS[power].equals(unit) || (power > 0 && unit.equals(UNITS[power].substring(0, 1)))) {
        return Math.multiplyExact(amount, 1L << (10 * power));
      }
    }
    if (unit.isEmpty()) {
      return amount;
    }
    throw new IllegalArgumentException("not a valid size: \"" + text + "\" (units: B, KB, MB, GB, TB, PB, EB)");
  }

  /** Prints a size with the largest unit that divides it, e.g. {@code 512MB}, or {@code 0B}. */
  public static String format(long bytes) {
    if (bytes == 0) {
      return "0B";
    }
    int power = 0;
    long amount = bytes;
    while (power < UNITS.length - 1 && amount % 1024 == 0) {
      amount /= 1024;
      power++;
    }
    return amount + UNITS[power];
  }
}
