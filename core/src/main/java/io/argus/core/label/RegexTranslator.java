package io.argus.core.label;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Prometheus (RE2 syntax) regular expressions with {@link java.util.regex}, fully anchored
 * and with {@code .} matching newlines as Prometheus 3 does. Constructs that Java accepts but RE2
 * rejects (look-around, back-references, possessive quantifiers, atomic groups) are refused, so a
 * regex that Prometheus would refuse does not silently work here.
 */
final class RegexTranslator {

  private RegexTranslator() {}

  static Pattern compileAnchored(String regex) {
    refuseNonRe2(regex);
    try {
      return Pattern.compile("(?:" + regex + ")", Pattern.DOTALL);
    } catch (PatternSyntaxException e) {
      throw new InvalidRegexException(regex, e.getDescription());
    }
  }

  private static void refuseNonRe2(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(i + 1);
        if (next >= '1' && next <= '9') {
          throw new InvalidRegexException(regex, "back-references (\\" + next + ") are not supported");
        }
        i++;
      } else if (c == '(' && i + 2 < regex.length() && regex.charAt(i + 1) == '?') {
        char kind = regex.charAt(i + 2);
        if (kind == '=' || kind == '!' || kind == '>' || (kind == '<' && i + 3 < regex.length()
            && (regex.charAt(i + 3) == '=' || regex.charAt(i + 3) == '!'))) {
          throw new InvalidRegexException(regex, "look-around and atomic groups are not supported");
        }
      } else if ((c == '+') && i > 0 && isQuantifierEnd(regex, i - 1)) {
        throw new InvalidRegexException(regex, "possessive quantifiers are not supported");
      }
    }
  }

  private static boolean isQuantifierEnd(String regex, int index) {
    char c = regex.charAt(index);
    boolean escaped = index > 0 && regex.charAt(index - 1) == '\\';
    return !escaped && (c == '*' || c == '+' || c == '?' || c == '}');
  }
}
