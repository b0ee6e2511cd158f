package io.argus.tsdb.index;

import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves label matchers to the postings list of the series that satisfy all of them.
 *
 * <p>A matcher that does not match the empty string selects the union of the postings of the values
 * it accepts, and those unions are intersected. A matcher that does match the empty string (such as
 * {@code job!="api"} or {@code job=~"|x"}) also selects series without the label, so it is applied
 * by subtraction instead: the series whose value it rejects are removed. When every matcher is of
 * the second kind the start set is all series.
 */
public final class PostingsForMatchers {

  private PostingsForMatchers() {}

  /** The sorted ids of the series that satisfy every matcher. */
  public static int[] select(LabelIndex index, Matcher... matchers) {
    List<int[]> intersections = new ArrayList<>();
    List<int[]> subtractions = new ArrayList<>();
    for (Matcher matcher : matchers) {
      if (matcher.matchesEmpty()) {
        if (isMatchAll(matcher)) {
          continue;
        }
        subtractions.add(postingsOfValues(index, matcher, false));
      } else {
        int[] postings = postingsOfValues(index, matcher, true);
        if (postings.length == 0) {
          return Postings.EMPTY;
        }
        intersections.add(postings);
      }
    }
    int[] result;
    if (intersections.isEmpty()) {
      result = index.allPostings();
    } else {
      intersections.sort((a, b) -> Integer.compare(a.length, b.length));
      result = intersections.get(0);
      for (int i = 1; i < intersections.size() && result.length > 0; i++) {
        result = Postings.intersect(result, intersections.get(i));
      }
    }
    for (int[] subtraction : subtractions) {
      if (result.length == 0) {
        break;
      }
      result = Postings.subtract(result, subtraction);
    }
    return result;
  }

  /** Whether the label's values a matcher accepts (accepted) or rejects (!accepted), as postings. */
  private static int[] postingsOfValues(LabelIndex index, Matcher matcher, boolean accepted) {
    String name = matcher.name();
    // Equality and its negation name one value: look it up rather than scan.
    if (matcher.type() == MatchType.EQUAL || matcher.type() == MatchType.NOT_EQUAL) {
      boolean equalAccepted = matcher.type() == MatchType.EQUAL;
      if (equalAccepted == accepted) {
        return index.postings(name, matcher.value());
      }
      return unionOfValues(index, name, value -> !value.equals(matcher.value()));
    }
    boolean positive = (matcher.type() == MatchType.REGEX) == accepted;
    RegexShortcut shortcut = RegexShortcut.of(matcher.value());
    if (positive && shortcut instanceof RegexShortcut.Literals(var literals)) {
      List<int[]> lists = new ArrayList<>(literals.size());
      for (String literal : literals) {
        if (!literal.isEmpty()) {
          lists.add(index.postings(name, literal));
        }
      }
      return Postings.union(lists);
    }
    ValueTest regexTest =
        switch (shortcut) {
          case RegexShortcut.Literals(var literals) -> literals::contains;
          case RegexShortcut.Prefix(var prefix) -> value -> value.startsWith(prefix);
          case RegexShortcut.Any() -> value -> true;
          case RegexShortcut.NonEmpty() -> value -> !value.isEmpty();
          case RegexShortcut.General() -> value -> regexMatches(matcher, value);
        };
    return unionOfValues(index, name, positive ? regexTest : value -> !regexTest.test(value));
  }

  private static boolean regexMatches(Matcher matcher, String value) {
    boolean matches = matcher.matches(value);
    return matcher.type() == MatchType.REGEX ? matches : !matches;
  }

  private static int[] unionOfValues(LabelIndex index, String name, ValueTest test) {
    List<int[]> lists = new ArrayList<>();
    for (String value : index.values(name)) {
      if (test.test(value)) {
        lists.add(index.postings(name, value));
      }
    }
    return Postings.union(lists);
  }

  /** {@code =~".*"} accepts every value and every absence: it constrains nothing. */
  private static boolean isMatchAll(Matcher matcher) {
    return matcher.type() == MatchType.REGEX
        && RegexShortcut.of(matcher.value()) instanceof RegexShortcut.Any;
  }

  @FunctionalInterface
  private interface ValueTest {
    boolean test(String value);
  }
}
