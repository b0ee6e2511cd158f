package io.argus.core.label;

/**
 * Validation of label and metric names. Prometheus 3 accepts any UTF-8 name in storage and quoted
 * PromQL, but configuration fields such as {@code target_label} and the exposition formats' bare
 * names use the legacy character set, which these methods check.
 */
public final class LabelNames {

  private LabelNames() {}

  /** Whether {@code name} matches {@code [a-zA-Z_][a-zA-Z0-9_]*}. */
  public static boolean isValidLegacyLabelName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} matches {@code [a-zA-Z_:][a-zA-Z0-9_:]*}. */
  public static boolean isValidLegacyMetricName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} is a valid UTF-8 label name (non-empty, valid UTF-16). */
  public static boolean isValidUtf8LabelName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
