package io.argus.core.label;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Prometheus (RE2 syntax) regular expressions with {@link java.util.regex}, fully anchored,
 * with {@code .} matching newlines as Prometheus 3 does, and with RE2's meaning wherever Java's
 * engine would read the same text differently:
 *
 * <ul>
 *   <li>translated: {@code \s} is RE2's {@code [\t\n\f\r ]} (Java adds {@code \v}); {@code \v} is
 *       the vertical tab character (Java: a class); {@code (?P<name>} becomes Java's {@code
 *       (?<name>}; inside a character class {@code [} and {@code &&} are literals (Java nests and
 *       intersects classes); a {@code {} that does not start a valid repetition is a literal (Java
 *       throws); {@code (?i)} folds Unicode case, as RE2 does.
 *   <li>refused with {@link InvalidRegexException}, because RE2 rejects them: look-around, atomic
 *       groups, back-references, possessive quantifiers, {@code \h \H \V \R \X \Z \G \e} and other
 *       Java-only escapes, the flags {@code U x d u c}, repetition counts above 1000.
 * </ul>
 */
final class RegexTranslator {

  private static final int MAX_REPEAT = 1000;

  private RegexTranslator() {}

  static Pattern compileAnchored(String regex) {
    String translated = translate(regex);
    try {
      return Pattern.compile("(?:" + translated + ")", Pattern.DOTALL | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new InvalidRegexException(regex, e.getDescription());
    }
  }

  /** The Java regex with RE2's meaning of {@code regex}. */
  static String translate(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 8);
    int i = 0;
    int length = regex.length();
    while (i < length) {
      char c = regex.charAt(i);
      switch (c) {
        case '\\' -> i = escape(regex, i, out, false);
        case '[' -> i = characterClass(regex, i, out);
        case '(' -> i = group(regex, i, out);
        case '{' -> i = repetition(regex, i, out);
        case '*', '+', '?' -> {
          out.append(c);
          i++;
          if (i < length && regex.charAt(i) == '+') {
            throw new InvalidRegexException(regex, "possessive quantifiers are not supported");
          }
        }
        default -> {
          out.append(c);
          i++;
        }
      }
    }
    return out.toString();
  }

  /** Translates the escape at {@code i}; returns the index after it. */
  private static int escape(String regex, int i, StringBuilder out, boolean inClass) {
    if (i + 1 >= regex.length()) {
      throw new InvalidRegexException(regex, "trailing backslash at end of expression");
    }
    char next = regex.charAt(i + 1);
    switch (next) {
      case 's' -> out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
      case 'S' -> out.append(inClass ? "&&[^\\t\\n\\f\\r ]" : "[^\\t\\n\\f\\r ]");
      case 'v' -> out.append("\\x0B");
      case '1', '2', '3', '4', '5', '6', '7', '8', '9' ->
          throw new InvalidRegexException(regex, "back-references (\\" + next + ") are not supported");
      case 'h', 'H', 'V', 'R', 'X', 'Z', 'G', 'e', 'c', 'N', 'k', 'u' ->
          throw new InvalidRegexException(
              regex, "escape \\" + next + " is not supported (RE2 syntax; Java-only escape)");
      case 'Q' -> {
        int end = regex.indexOf("\\E", i + 2);
        String literal = end < 0 ? regex.substring(i + 2) : regex.substring(i + 2, end);
        out.append(Pattern.quote(literal));
        return end < 0 ? regex.length() : end + 2;
      }
      default -> out.append('\\').append(next);
    }
    return i + 2;
  }

  /** Copies a character class, making {@code [} and {@code &&} inside it literal as in RE2. */
  private static int characterClass(String regex, int start, StringBuilder out) {
    int i = start + 1;
    out.append('[');
    if (i < regex.length() && regex.charAt(i) == '^') {
      out.append('^');
      i++;
    }
    boolean first = true;
    boolean hasSubtraction = false;
    StringBuilder body = new StringBuilder();
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == ']' && !first) {
        out.append(body).append(']');
        if (hasSubtraction) {
          throw new InvalidRegexException(regex, "\\S inside a character class is not supported");
        }
        return i + 1;
      }
      first = false;
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'S') {
          hasSubtraction = true;
        }
        i = escape(regex, i, body, true);
      } else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
        int end = regex.indexOf(":]", i + 2);
        if (end < 0) {
          body.append("\\[");
          i++;
        } else {
          body.append(posixClass(regex, regex.substring(i + 2, end)));
          i = end + 2;
        }
      } else if (c == '[' || (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&')) {
        body.append('\\').append(c);
        i++;
      } else {
        body.append(c);
        i++;
      }
    }
    throw new InvalidRegexException(regex, "missing closing ]");
  }

  private static String posixClass(String regex, String name) {
    boolean negated = name.startsWith("^");
    String bare = negated ? name.substring(1) : name;
    String java =
        switch (bare) {
          case "alnum" -> "\\p{Alnum}";
          case "alpha" -> "\\p{Alpha}";
          case "ascii" -> "\\p{ASCII}";
          case "blank" -> "\\p{Blank}";
          case "cntrl" -> "\\p{Cntrl}";
          case "digit" -> "\\p{Digit}";
          case "graph" -> "\\p{Graph}";
          case "lower" -> "\\p{Lower}";
          case "print" -> "\\p{Print}";
          case "punct" -> "\\p{Punct}";
          case "space" -> "\\p{Space}";
          case "upper" -> "\\p{Upper}";
          case "word" -> "\\w";
          case "xdigit" -> "\\p{XDigit}";
          default -> throw new InvalidRegexException(regex, "unknown POSIX class [:" + name + ":]");
        };
    return negated ? java.replace("\\p", "\\P").replace("\\w", "\\W") : java;
  }

  /** Checks a group opener; RE2 knows {@code (?:}, {@code (?P<name>}, {@code (?<name>} and flags. */
  private static int group(String regex, int i, StringBuilder out) {
    if (i + 1 >= regex.length() || regex.charAt(i + 1) != '?') {
      out.append('(');
      return i + 1;
    }
    if (i + 2 >= regex.length()) {
      throw new InvalidRegexException(regex, "missing argument to repetition operator: ?");
    }
    char kind = regex.charAt(i + 2);
    if (kind == 'P' && i + 3 < regex.length() && regex.charAt(i + 3) == '<') {
      out.append("(?<");
      return i + 4;
    }
    if (kind == '<' && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3))) {
      out.append("(?<");
      return i + 3;
    }
    if (kind == '=' || kind == '!' || kind == '<' || kind == '>') {
      throw new InvalidRegexException(regex, "look-around and atomic groups are not supported");
    }
    // Flags: (?flags) or (?flags:...), RE2 allows i m s U and '-'.
    int j = i + 2;
    while (j < regex.length() && regex.charAt(j) != ')' && regex.charAt(j) != ':') {
      char flag = regex.charAt(j);
      if (flag == 'U') {
        throw new InvalidRegexException(regex, "the ungreedy flag U is not supported");
      }
      if (flag != 'i' && flag != 'm' && flag != 's' && flag != '-') {
        throw new InvalidRegexException(regex, "invalid or unsupported flag (?" + flag + ")");
      }
      j++;
    }
    out.append(regex, i, j);
    return j;
  }

  /** Copies a valid {@code {n}}, {@code {n,}} or {@code {n,m}}; any other brace is a literal. */
  private static int repetition(String regex, int i, StringBuilder out) {
    int close = regex.indexOf('}', i);
    String inside = close < 0 ? null : regex.substring(i + 1, close);
    if (inside == null || !inside.matches("\\d+(,\\d*)?")) {
      out.append("\\{");
      return i + 1;
    }
    for (String bound : inside.split(",")) {
      if (!bound.isEmpty() && (bound.length() > 4 || Integer.parseInt(bound) > MAX_REPEAT)) {
        throw new InvalidRegexException(regex, "invalid repeat count {" + inside + "}: at most 1000");
      }
    }
    out.append(regex, i, close + 1);
    int next = close + 1;
    if (next < regex.length() && regex.charAt(next) == '+') {
      throw new InvalidRegexException(regex, "possessive quantifiers are not supported");
    }
    return next;
  }
}
