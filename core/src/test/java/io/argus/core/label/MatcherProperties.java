package io.argus.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Matchers against {@code java.util.regex} on the regex subset where RE2 and Java agree (literals,
 * dot, simple classes, alternation, groups, greedy and lazy quantifiers, bounded repetition): a
 * matcher must accept exactly the values the fully anchored Java pattern accepts.
 */
class MatcherProperties {

  @Property(tries = 400)
  void regexMatchersAgreeWithJavaRegexWhereSemanticsAgree(
      @ForAll("regexes") String regex, @ForAll("values") String value) {
    boolean expected = Pattern.compile("(?s)(?:" + regex + ")").matcher(value).matches();
    assertThat(Matcher.regex("l", regex).matches(value)).as("%s =~ %s", value, regex).isEqualTo(expected);
    assertThat(Matcher.notRegex("l", regex).matches(value)).isEqualTo(!expected);
  }

  @Property(tries = 300)
  void equalityMatchersCompareWholeValues(@ForAll("values") String expected, @ForAll("values") String value) {
    assertThat(Matcher.equal("l", expected).matches(value)).isEqualTo(expected.equals(value));
    assertThat(Matcher.notEqual("l", expected).matches(value)).isEqualTo(!expected.equals(value));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().withChars("abc.-\n").ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> regexes() {
    return regex(2);
  }

  private static Arbitrary<String> regex(int depth) {
    Arbitrary<String> atom =
        Arbitraries.oneOf(
            Arbitraries.of("a", "b", "c", ".", "\\.", "-", "[ab]", "[^a]", "[a-c]", "\\n", "\\d", "\\w"),
            depth > 0 ? regex(depth - 1).map(r -> "(" + r + ")") : Arbitraries.just("a"),
            depth > 0 ? regex(depth - 1).map(r -> "(?:" + r + ")") : Arbitraries.just("b"));
    Arbitrary<String> quantified =
        net.jqwik.api.Combinators.combine(
                atom, Arbitraries.of("", "", "*", "+", "?", "*?", "{1,2}", "{2}", "{0,}"))
            .as((a, q) -> a + q);
    Arbitrary<String> sequence = quantified.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    return sequence.list().ofMinSize(1).ofMaxSize(depth > 0 ? 3 : 1).map(l -> String.join("|", l));
  }
}
