package io.argus.alertmanager.matcher;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable list of matchers that all must match, sorted as Alertmanager sorts them (name,
 * then value, then operator) so that its printed form, which becomes part of route and group keys,
 * is the same as Alertmanager's: {@code {name="value",other=~"regex"}}.
 */
public record MatcherSet(List<Matcher> matchers) {

  private static final MatcherSet EMPTY = new MatcherSet(List.of());

  private static final Comparator<Matcher> ORDER =
      Comparator.comparing(Matcher::name)
          .thenComparing(Matcher::value)
          .thenComparing(Matcher::type);

  public MatcherSet {
    List<Matcher> sorted = new ArrayList<>(matchers);
    sorted.sort(ORDER);
    matchers = List.copyOf(sorted);
  }

  public static MatcherSet empty() {
    return EMPTY;
  }

  public static MatcherSet of(List<Matcher> matchers) {
    return new MatcherSet(matchers);
  }

  /** Whether every matcher accepts {@code labels}; the empty set accepts everything. */
  public boolean matches(Labels labels) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return matchers.isEmpty();
  }

  /** Alertmanager's notation, without spaces: {@code {a="1",b=~"x|y"}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < matchers.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Matcher matcher = matchers.get(i);
      out.append(matcher.name()).append(matcher.type().operator()).append('"');
      appendOpenMetricsEscaped(out, matcher.value());
      out.append('"');
    }
    return out.append('}').toString();
  }

  private static void appendOpenMetricsEscaped(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '"' -> out.append("\\\"");
        default -> out.append(c);
      }
    }
  }
}
