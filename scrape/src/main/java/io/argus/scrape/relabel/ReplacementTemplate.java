package io.argus.scrape.relabel;

/**
 * A replacement or target-label template with Go's {@code regexp.Expand} rules: {@code $name} or
 * {@code ${name}} where the name is letters, digits and underscores, taken greedily ({@code $1x}
 * is the group {@code 1x}, not group 1 then {@code x}); an all-digit name without a leading zero is
 * a group number; a group that does not exist or did not participate expands to nothing;
 * {@code $$} is a literal {@code $}, and a {@code $} that starts no valid name stays literal.
 * Parsed once per config against its regex.
 */
final class ReplacementTemplate {

  /** Literal text parts interleaved with group numbers (-1 for a group that never exists). */
  private final String[] literals;
  private final int[] groups;
  private final boolean hasGroups;

  private ReplacementTemplate(String[] literals, int[] groups) {
    this.literals = literals;
    this.groups = groups;
    this.hasGroups = groups.length > 0;
  }

  static ReplacementTemplate parse(String template, RelabelRegex regex) {
    java.util.List<String> literals = new java.util.ArrayList<>();
    java.util.List<Integer> groups = new java.util.ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$') {
        literal.append(c);
        i++;
        continue;
      }
      if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
        literal.append('$');
        i += 2;
        continue;
      }
      int start = i + 1;
      boolean brace = start < template.length() && template.charAt(start) == '{';
      int nameStart = brace ? start + 1 : start;
      int nameEnd = nameStart;
      while (nameEnd < template.length()) {
        int codePoint = template.codePointAt(nameEnd);
        if (!Character.isLetter(codePoint) && !Character.isDigit(codePoint) && codePoint != '_') {
          break;
        }
        nameEnd += Character.charCount(codePoint);
      }
      boolean valid = nameEnd > nameStart
          && (!brace || (nameEnd < template.length() && template.charAt(nameEnd) == '}'));
      if (!valid) {
        literal.append('$');
        i++;
        continue;
      }
      String name = template.substring(nameStart, nameEnd);
      literals.add(literal.toString());
      literal.setLength(0);
      groups.add(groupOf(name, regex));
      i = brace ? nameEnd + 1 : nameEnd;
    }
    literals.add(literal.toString());
    return new ReplacementTemplate(
        literals.toArray(String[]::new), groups.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int groupOf(String name, RelabelRegex regex) {
    int number = 0;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c < '0' || c > '9' || number >= 100_000_000) {
        number = -1;
        break;
      }
      number = number * 10 + (c - '0');
    }
    if (name.charAt(0) == '0' && name.length() > 1) {
      number = -1;
    }
    if (number >= 0) {
      return number <= regex.groupCount() ? number : -1;
    }
    return regex.groupNumber(name);
  }

  /** Whether the template refers to any group (if not, it expands to itself). */
  boolean hasGroups() {
    return hasGroups;
  }

  /** The expansion for a matcher on which {@code matches()} returned true. */
  String expand(java.util.regex.Matcher match) {
    if (!hasGroups) {
      return literals[0];
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < groups.length; k++) {
      out.append(literals[k]);
      int group = groups[k];
      if (group >= 0 && match.start(group) >= 0) {
        out.append(match.group(group));
      }
    }
    return out.append(literals[groups.length]).toString();
  }
}
