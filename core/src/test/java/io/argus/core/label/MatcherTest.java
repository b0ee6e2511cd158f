package io.argus.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatcherTest {

  @Test
  void regexesAreFullyAnchored() {
    Matcher matcher = Matcher.regex("job", "api|web");
    assertThat(matcher.matches("api")).isTrue();
    assertThat(matcher.matches("api2")).isFalse();
    assertThat(matcher.matches("xweb")).isFalse();
  }

  @Test
  void dotMatchesNewlineAsInPrometheus() {
    assertThat(Matcher.regex("a", "x.y").matches("x\ny")).isTrue();
  }

  @Test
  void absentLabelMatchesAsEmpty() {
    Labels labels = Labels.of("__name__", "up");
    assertThat(Matcher.equal("job", "").matches(labels)).isTrue();
    assertThat(Matcher.notEqual("job", "").matches(labels)).isFalse();
    assertThat(Matcher.regex("job", ".*").matchesEmpty()).isTrue();
    assertThat(Matcher.regex("job", ".+").matchesEmpty()).isFalse();
    assertThat(Matcher.notRegex("job", "a.*").matches(labels)).isTrue();
  }

  @Test
  void refusesConstructsThatRe2Rejects() {
    assertThatThrownBy(() -> Matcher.regex("a", "(?=x)y"))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageContaining("look-around");
    assertThatThrownBy(() -> Matcher.regex("a", "(a)\\1"))
        .hasMessageContaining("back-references");
    assertThatThrownBy(() -> Matcher.regex("a", "a++")).hasMessageContaining("possessive");
    assertThatThrownBy(() -> Matcher.regex("a", "(unclosed")).hasMessageContaining("\"(unclosed\"");
  }

  @Test
  void givesRe2MeaningsWhereJavaDiffers() {
    // RE2's \s has no vertical tab; \v is the vertical tab itself.
    assertThat(Matcher.regex("a", "\\s").matches("\u000B")).isFalse();
    assertThat(Matcher.regex("a", "\\s").matches("\t")).isTrue();
    assertThat(Matcher.regex("a", "\\v").matches("\u000B")).isTrue();
    // Inside a class, [ and && are literals.
    assertThat(Matcher.regex("a", "[[a]+").matches("[a[")).isTrue();
    assertThat(Matcher.regex("a", "[a&&b]+").matches("a&&b")).isTrue();
    // A brace that is not a repetition is a literal.
    assertThat(Matcher.regex("a", "x{,2}").matches("x{,2}")).isTrue();
    assertThat(Matcher.regex("a", "x{2}").matches("xx")).isTrue();
    // Named groups in RE2 syntax, POSIX classes, Unicode case folding.
    assertThat(Matcher.regex("a", "(?P<word>ab)c").matches("abc")).isTrue();
    assertThat(Matcher.regex("a", "[[:digit:]]+").matches("123")).isTrue();
    assertThat(Matcher.regex("a", "(?i)straße").matches("STRASSE")).isFalse();
    assertThat(Matcher.regex("a", "(?i)émile").matches("ÉMILE")).isTrue();
    assertThat(Matcher.regex("a", "\\Qa.b\\E").matches("a.b")).isTrue();
    assertThat(Matcher.regex("a", "\\Qa.b\\E").matches("axb")).isFalse();
  }

  @Test
  void refusesJavaOnlySyntax() {
    assertThatThrownBy(() -> Matcher.regex("a", "\\h")).hasMessageContaining("\\h is not supported");
    assertThatThrownBy(() -> Matcher.regex("a", "a\\Z")).hasMessageContaining("\\Z");
    assertThatThrownBy(() -> Matcher.regex("a", "(?x)a b")).hasMessageContaining("flag");
    assertThatThrownBy(() -> Matcher.regex("a", "(?U)a+")).hasMessageContaining("ungreedy");
    assertThatThrownBy(() -> Matcher.regex("a", "a{1001}")).hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> Matcher.regex("a", "a{2}+")).hasMessageContaining("possessive");
    assertThatThrownBy(() -> Matcher.regex("a", "(?>a)")).hasMessageContaining("atomic");
    assertThatThrownBy(() -> Matcher.regex("a", "[a")).hasMessageContaining("missing closing ]");
    assertThatThrownBy(() -> Matcher.regex("a", "a\\")).hasMessageContaining("trailing backslash");
  }

  @Test
  void printsInPromQlNotation() {
    assertThat(Matcher.notRegex("job", "a\"b").toString()).isEqualTo("job!~\"a\\\"b\"");
  }
}
