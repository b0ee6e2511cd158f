package io.argus.core.label;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A label matcher: a label name, a {@link MatchType} and a value or regular expression. Regexes are
 * fully anchored, as in Prometheus ({@code foo.*} matches all of the value, never a substring), and
 * compiled once at construction by {@link RegexTranslator}, which gives them RE2 semantics. A
 * missing label matches as the empty string, so {@code foo=""} selects series without {@code foo}.
 * Immutable and thread-safe.
 */
public final class Matcher {

  private final MatchType type;
  private final String name;
  private final String value;
  private final Pattern pattern;

  private Matcher(MatchType type, String name, String value) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
    this.pattern = type.isRegex() ? RegexTranslator.compileAnchored(value) : null;
  }

  /**
   * A matcher of the given kind.
   *
   * @throws InvalidRegexException if the kind is a regex kind and {@code value} does not compile
   */
  public static Matcher of(MatchType type, String name, String value) {
    return new Matcher(type, name, value);
  }

  public static Matcher equal(String name, String value) {
    return new Matcher(MatchType.EQUAL, name, value);
  }

  public static Matcher notEqual(String name, String value) {
    return new Matcher(MatchType.NOT_EQUAL, name, value);
  }

  public static Matcher regex(String name, String regex) {
    return new Matcher(MatchType.REGEX, name, regex);
  }

  public static Matcher notRegex(String name, String regex) {
    return new Matcher(MatchType.NOT_REGEX, name, regex);
  }

  public MatchType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  /** Whether {@code labelValue} (the empty string for an absent label) satisfies this matcher. */
  public boolean matches(String labelValue) {
    return switch (type) {
      case EQUAL -> value.equals(labelValue);
      case NOT_EQUAL -> !value.equals(labelValue);
      case REGEX -> pattern.matcher(labelValue).matches();
      case NOT_REGEX -> !pattern.matcher(labelValue).matches();
    };
  }

  /** Whether the series named by {@code labels} satisfies this matcher. */
  public boolean matches(Labels labels) {
    return matches(labels.get(name));
  }

  /** Whether this matcher accepts the empty string, i.e. also selects series without the label. */
  public boolean matchesEmpty() {
    return matches("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Matcher that
        && type == that.type
        && name.equals(that.name)
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, value);
  }

  /** PromQL notation, e.g. {@code job=~"api|web"}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name).append(type.operator());
    Labels.appendQuoted(out, value);
    return out.toString();
  }
}
