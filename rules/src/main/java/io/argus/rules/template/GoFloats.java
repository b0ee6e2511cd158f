package io.argus.rules.template;

/** Go's {@code strconv.ParseFloat} for the inputs users pass to humanize functions. */
final class GoFloats {

  private GoFloats() {}

  static double parse(String text) {
    String trimmed = text.replace("_", "");
    switch (trimmed.toLowerCase(java.util.Locale.ROOT)) {
      case "inf", "+inf", "infinity", "+infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> {
        if (trimmed.isEmpty() || trimmed.endsWith("d") || trimmed.endsWith("D")
            || trimmed.endsWith("f") || trimmed.endsWith("F") || !trimmed.equals(trimmed.strip())) {
          throw new NumberFormatException(text);
        }
        return Double.parseDouble(trimmed);
      }
    }
  }
}
