package io.argus.promql.printer;

/**
 * Go's {@code %q} quoting, which Prometheus uses for string literals, label values in selectors and
 * the values it embeds in error messages. Strings follow the parser's surrogate-escape convention
 * (see {@link io.argus.promql.ast.StringLiteral}): {@code U+DC80}…{@code U+DCFF} stand for single
 * bytes that are not valid UTF-8 and are printed as {@code \x80}…{@code \xff}.
 */
public final class GoQuote {

  private GoQuote() {}

  /** {@code "…"} with Go's escapes, e.g. {@code a"b\n} becomes {@code "a\"b\n"}. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    appendQuoted(out, value, '"');
    return out.toString();
  }

  /** Appends {@code value} quoted with {@code quote} ({@code "} for strings, {@code '} for runes). */
  public static void appendQuoted(StringBuilder out, CharSequence value, char quote) {
    out.append(quote);
    for (int i = 0; i < value.length(); ) {
      int codePoint = Character.codePointAt(value, i);
      i += Character.charCount(codePoint);
      appendEscaped(out, codePoint, quote);
    }
    out.append(quote);
  }

  /**
   * Go's {@code %.10q...}: the first ten characters quoted, then {@code ...}, for values longer
   * than ten characters; the whole value quoted otherwise. Prometheus names long tokens this way
   * in "unexpected …" errors.
   */
  public static String quoteShortened(String value) {
    if (value.length() <= 10) {
      return quote(value);
    }
    int end = value.offsetByCodePoints(0, Math.min(10, value.codePointCount(0, value.length())));
    return quote(value.substring(0, end)) + "...";
  }

  /** Go's {@code %q} of a rune: {@code '}'} or {@code '\n'}. */
  public static String quoteRune(int codePoint) {
    StringBuilder out = new StringBuilder(8);
    out.append('\'');
    appendEscaped(out, codePoint, '\'');
    return out.append('\'').toString();
  }

  /** Go's {@code %#U} of a rune: {@code U+0071 'q'}. */
  public static String describeRune(int codePoint) {
    String hex = String.format("U+%04X", codePoint);
    return isPrintable(codePoint) ? hex + " '" + Character.toString(codePoint) + "'" : hex;
  }

  private static void appendEscaped(StringBuilder out, int codePoint, char quote) {
    if (codePoint == quote || codePoint == '\\') {
      out.append('\\').appendCodePoint(codePoint);
      return;
    }
    if (codePoint >= 0xDC80 && codePoint <= 0xDCFF) {
      appendHex(out, "\\x", codePoint - 0xDC00, 2);
      return;
    }
    if (isPrintable(codePoint)) {
      out.appendCodePoint(codePoint);
      return;
    }
    switch (codePoint) {
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> {
        if (codePoint < ' ' || codePoint == 0x7F) {
          appendHex(out, "\\x", codePoint, 2);
        } else if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
          out.append("\\ufffd"); // a lone surrogate has no UTF-8 form; Go prints the replacement
        } else if (codePoint < 0x10000) {
          appendHex(out, "\\u", codePoint, 4);
        } else {
          appendHex(out, "\\U", codePoint, 8);
        }
      }
    }
  }

  private static void appendHex(StringBuilder out, String prefix, int value, int digits) {
    out.append(prefix);
    String hex = Integer.toHexString(value);
    out.append("0".repeat(Math.max(0, digits - hex.length()))).append(hex);
  }

  /** An approximation of Go's {@code unicode.IsPrint}: graphic characters and the ASCII space. */
  static boolean isPrintable(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
