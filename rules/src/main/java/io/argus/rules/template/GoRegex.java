package io.argus.rules.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code Regexp.ReplaceAllString}, whose {@code $1}, {@code ${1}}, {@code $name} differ from Java's. */
final class GoRegex {

  private GoRegex() {}

  static String replaceAll(Pattern pattern, String text, String template) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      out.append(text, last, matcher.start());
      expand(out, matcher, template);
      last = matcher.end();
      if (matcher.end() == matcher.start()) {
        if (matcher.end() >= text.length()) {
          break;
        }
        // An empty match: Go copies the next character and searches after it.
        out.append(text.charAt(matcher.end()));
        last = matcher.end() + 1;
        if (!matcher.find(last)) {
          break;
        }
        matcher.region(last, text.length());
      }
    }
    out.append(text, Math.min(last, text.length()), text.length());
    return out.toString();
  }

  /** Go's {@code Regexp.Expand}: the longest name after {@code $} is the group; unknown is empty. */
  private static void expand(StringBuilder out, Matcher matcher, String template) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String name;
      int end;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0 || !isName(template.substring(i + 2, close))) {
          out.append(c);
          i++;
          continue;
        }
        name = template.substring(i + 2, close);
        end = close + 1;
      } else {
        end = i + 1;
        while (end < template.length()
            && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
          end++;
        }
        if (end == i + 1) {
          out.append(c);
          i++;
          continue;
        }
        name = template.substring(i + 1, end);
      }
      out.append(group(matcher, name));
      i = end;
    }
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static String group(Matcher matcher, String name) {
    String value;
    try {
      if (name.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(name);
        value = index <= matcher.groupCount() ? matcher.group(index) : null;
      } else {
        value = matcher.group(name);
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      value = null;
    }
    return value == null ? "" : value;
  }
}
