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
  void printsInPromQlNotation() {
    assertThat(Matcher.notRegex("job", "a\"b").toString()).isEqualTo("job!~\"a\\\"b\"");
  }
}
