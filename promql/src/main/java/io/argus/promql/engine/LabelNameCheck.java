package io.argus.promql.engine;

/**
 * Whether a string computed at query time is a valid label name. Prometheus 3 accepts any valid
 * UTF-8; the parser carries bytes that are not valid UTF-8 as lone surrogates {@code U+DC00 + byte},
 * so a lone surrogate (or an empty name) makes a name invalid.
 */
final class LabelNameCheck {

  private LabelNameCheck() {}

  static boolean isValid(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
