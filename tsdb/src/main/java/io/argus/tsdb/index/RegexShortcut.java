package io.argus.tsdb.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fully anchored regex reduces to when it is one of the shapes selectors use most: a set of
 * literal strings ({@code api}, {@code api|web|db}), a literal prefix ({@code api.*}), anything
 * ({@code .*}) or anything non-empty ({@code .+}). These let the index look values up or test them
 * with string operations instead of running the regex engine; every other regex is {@link General}.
 * Assumes Prometheus 3 semantics, where {@code .} also matches a newline.
 */
public sealed interface RegexShortcut {

  /** Matches exactly these strings. */
  record Literals(Set<String> values) implements RegexShortcut {}

  /** Matches strings that start with {@code prefix}. */
  record Prefix(String prefix) implements RegexShortcut {}

  /** Matches every string, the empty one included. */
  record Any() implements RegexShortcut {}

  /** Matches every non-empty string. */
  record NonEmpty() implements RegexShortcut {}

  /** No shortcut: run the regex. */
  record General() implements RegexShortcut {}

  /** The shortcut for {@code regex}, as written in a matcher (without anchors). */
  static RegexShortcut of(String regex) {
    if (regex.equals(".*")) {
      return new Any();
    }
    if (regex.equals(".+")) {
      return new NonEmpty();
    }
    if (regex.endsWith(".*") && !regex.endsWith("\\.*")) {
      String prefix = literal(regex.substring(0, regex.length() - 2));
      if (prefix != null) {
        return new Prefix(prefix);
      }
      return new General();
    }
    List<String> alternatives = splitAlternatives(regex);
    Set<String> literals = new LinkedHashSet<>();
    for (String alternative : alternatives) {
      String literal = literal(alternative);
      if (literal == null) {
        return new General();
      }
      literals.add(literal);
    }
    return new Literals(Set.copyOf(literals));
  }

  /** The string {@code text} matches literally, or null if it has an unescaped meta character. */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return null;
        }
        char escaped = text.charAt(i + 1);
        // Escaped punctuation stands for itself; \d, \w, \n and friends are classes or controls.
        if (Character.isLetterOrDigit(escaped) || escaped > 127) {
          return null;
        }
        out.append(escaped);
        i++;
      } else if (".+*?()|[]{}^$".indexOf(c) >= 0) {
        return null;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits on top-level {@code |}; an escaped bar is a literal. */
  private static List<String> splitAlternatives(String regex) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
