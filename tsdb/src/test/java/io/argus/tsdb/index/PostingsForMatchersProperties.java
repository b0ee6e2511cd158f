package io.argus.tsdb.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index's matcher resolution against a brute-force scan of every series' labels. */
class PostingsForMatchersProperties {

  private static final List<String> NAMES = List.of("__name__", "job", "instance", "path");
  private static final List<String> VALUES = List.of("api", "api-2", "web", "db", "a.b", "a|b", "x\ny");
  private static final List<String> PATTERNS =
      List.of(
          "api", "api|web", "api.*", ".*", ".+", "", "|api", "a\\.b", "a\\|b", "a.*b", "x.y",
          "[ad].*", "(api|db)", "we.", "api-\\d", ".*-2");

  @Property(tries = 500)
  void selectsExactlyTheSeriesEveryMatcherAccepts(
      @ForAll("series") List<Labels> series, @ForAll("matchers") List<Matcher> matchers) {
    MemPostings index = new MemPostings();
    for (int id = 0; id < series.size(); id++) {
      index.add(id, series.get(id));
    }
    Matcher[] array = matchers.toArray(Matcher[]::new);
    List<Integer> expected = new ArrayList<>();
    for (int id = 0; id < series.size(); id++) {
      boolean all = true;
      for (Matcher matcher : array) {
        all &= matcher.matches(series.get(id));
      }
      if (all) {
        expected.add(id);
      }
    }
    int[] selected = PostingsForMatchers.select(index, array);
    assertThat(selected).containsExactly(expected.stream().mapToInt(i -> i).toArray());
  }

  @Property(tries = 300)
  void regexShortcutsAgreeWithTheRegexEngine(
      @ForAll("pattern") String pattern, @ForAll("value") String value) {
    Matcher matcher = Matcher.regex("l", pattern);
    boolean expected = matcher.matches(value);
    boolean actual =
        switch (RegexShortcut.of(pattern)) {
          case RegexShortcut.Literals(var literals) -> literals.contains(value);
          case RegexShortcut.Prefix(var prefix) -> value.startsWith(prefix);
          case RegexShortcut.Any() -> true;
          case RegexShortcut.NonEmpty() -> !value.isEmpty();
          case RegexShortcut.General() -> expected;
        };
    assertThat(actual).as("%s on %s", pattern, value).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> pattern() {
    return Arbitraries.oneOf(
        Arbitraries.of(PATTERNS),
        Arbitraries.strings().withChars("ab.*+|\\-").ofMaxLength(6).filter(p -> compiles(p)));
  }

  @Provide
  Arbitrary<String> value() {
    return Arbitraries.oneOf(
        Arbitraries.of(VALUES), Arbitraries.strings().withChars("ab.*|-\n").ofMaxLength(5));
  }

  @Provide
  Arbitrary<List<Labels>> series() {
    Arbitrary<Labels> labels =
        Arbitraries.of(VALUES)
            .injectNull(0.4)
            .list()
            .ofSize(NAMES.size())
            .map(
                values -> {
                  var builder = new io.argus.core.label.LabelsBuilder();
                  for (int i = 0; i < NAMES.size(); i++) {
                    builder.set(NAMES.get(i), values.get(i));
                  }
                  return builder.build();
                });
    return labels.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Matcher>> matchers() {
    Arbitrary<Matcher> matcher =
        Combinators.combine(
                Arbitraries.of(MatchType.values()),
                Arbitraries.of(NAMES),
                Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.of(PATTERNS)))
            .as((type, name, value) -> Matcher.of(type, name, value));
    return matcher.list().ofMinSize(1).ofMaxSize(3);
  }

  private static boolean compiles(String pattern) {
    try {
      Matcher.regex("l", pattern);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
