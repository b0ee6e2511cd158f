package io.argus.scrape.relabel;

import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.Matcher;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A relabeling regex: RE2 syntax, fully anchored, {@code .} matching newlines, as {@code core}'s
 * matchers compile label regexes (whose rules refuse what RE2 refuses). Named groups in Go's
 * spelling {@code (?P<name>…)} or {@code (?<name>…)} are turned into plain groups here, and their
 * names kept in a table, because Java restricts group names more than Go does (no underscores).
 * Immutable and thread-safe.
 */
public final class RelabelRegex {

  private final String source;
  private final Pattern pattern;
  private final Map<String, Integer> groupNumbers;
  private final int groupCount;

  private RelabelRegex(String source, Pattern pattern, Map<String, Integer> groupNumbers, int groupCount) {
    this.source = source;
    this.pattern = pattern;
    this.groupNumbers = groupNumbers;
    this.groupCount = groupCount;
  }

  /**
   * Compiles {@code regex}.
   *
   * @throws InvalidRegexException naming the regex when it does not compile or is not RE2
   */
  public static RelabelRegex compile(String regex) {
    Map<String, Integer> names = new HashMap<>();
    StringBuilder translated = new StringBuilder(regex.length());
    int groups = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        translated.append(c).append(regex.charAt(++i));
        continue;
      }
      if (inClass) {
        inClass = c != ']';
        translated.append(c);
        continue;
      }
      if (c == '[') {
        inClass = true;
        translated.append(c);
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          translated.append(regex.charAt(++i));
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          translated.append(regex.charAt(++i)); // a leading ']' is a literal
        }
        continue;
      }
      if (c == '(') {
        int nameStart = -1;
        if (regex.startsWith("(?P<", i)) {
          nameStart = i + 4;
        } else if (regex.startsWith("(?<", i) && i + 3 < regex.length()
            && regex.charAt(i + 3) != '=' && regex.charAt(i + 3) != '!') {
          nameStart = i + 3;
        }
        if (nameStart >= 0) {
          int nameEnd = regex.indexOf('>', nameStart);
          if (nameEnd < 0) {
            throw new InvalidRegexException(regex, "unterminated group name");
          }
          groups++;
          names.putIfAbsent(regex.substring(nameStart, nameEnd), groups);
          translated.append('(');
          i = nameEnd;
          continue;
        }
        if (i + 1 >= regex.length() || regex.charAt(i + 1) != '?') {
          groups++;
        }
      }
      translated.append(c);
    }
    String javaRegex = translated.toString();
    try {
      Matcher.regex("regex", javaRegex);
    } catch (InvalidRegexException e) {
      if (javaRegex.equals(regex)) {
        throw e;
      }
      throw new InvalidRegexException(regex, e.getMessage());
    }
    Pattern pattern = Pattern.compile("(?:" + javaRegex + ")", Pattern.DOTALL);
    return new RelabelRegex(regex, pattern, Map.copyOf(names), groups);
  }

  /** The regex as written in the configuration. */
  public String source() {
    return source;
  }

  /** Whether all of {@code value} matches. */
  public boolean matches(String value) {
    return pattern.matcher(value).matches();
  }

  /** A matcher over {@code value}; call {@code matches()} on it before reading groups. */
  java.util.regex.Matcher matcher(String value) {
    return pattern.matcher(value);
  }

  /** The number of the group named {@code name}, or -1. */
  int groupNumber(String name) {
    return groupNumbers.getOrDefault(name, -1);
  }

  int groupCount() {
    return groupCount;
  }

  @Override
  public String toString() {
    return source;
  }
}
