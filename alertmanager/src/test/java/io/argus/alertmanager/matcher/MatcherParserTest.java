package io.argus.alertmanager.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MatcherParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
      "foo=bar            ; foo ; EQUAL     ; bar",
      "foo=\"bar\"        ; foo ; EQUAL     ; bar",
      "foo!=bar           ; foo ; NOT_EQUAL ; bar",
      "foo=~\"x|y\"       ; foo ; REGEX     ; x|y",
      "foo!~bar.*         ; foo ; NOT_REGEX ; bar.*",
      "'  foo  =  bar  '  ; foo ; EQUAL     ; bar",
      "foo=\"\"           ; foo ; EQUAL     ; ''",
      "foo=               ; foo ; EQUAL     ; ''",
      "foo=\"a,b\"        ; foo ; EQUAL     ; a,b",
      "foo=\"a\\\"b\"     ; foo ; EQUAL     ; a\"b",
      "foo=\"a\\\\b\"     ; foo ; EQUAL     ; a\\b",
      "foo=~\"a\\.b\"     ; foo ; REGEX     ; a\\.b",
      "foo=a\\            ; foo ; EQUAL     ; a\\",
      "foo:bar=baz        ; foo:bar ; EQUAL ; baz",
      "foo=bar=baz        ; foo ; EQUAL     ; bar=baz",
      "foo=~=x            ; foo ; REGEX     ; =x",
  })
  void parsesOneMatcher(String text, String name, MatchType type, String value) {
    Matcher matcher = MatcherParser.parseMatcher(text);
    assertThat(matcher.name()).isEqualTo(name);
    assertThat(matcher.type()).isEqualTo(type);
    assertThat(matcher.value()).isEqualTo(value);
  }

  @Test
  void newlineEscapeBecomesNewline() {
    assertThat(MatcherParser.parseMatcher("foo=\"a\\nb\"").value()).isEqualTo("a\nb");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "=bar          | bad matcher format",
      "foo           | bad matcher format",
      "1foo=bar      | bad matcher format",
      "foo=\"bar     | unescaped double quote",
      "foo=\"b\"ar\" | unescaped double quote",
      "foo=b\"ar     | unescaped double quote",
      "foo=~\"(\"    | invalid regular expression",
  })
  void rejectsMalformedMatchers(String text, String message) {
    assertThatThrownBy(() -> MatcherParser.parseMatcher(text))
        .isInstanceOf(InvalidMatcherException.class)
        .hasMessageContaining(message);
  }

  @Test
  void parsesSeveralMatchersWithOrWithoutBraces() {
    List<Matcher> matchers = MatcherParser.parseMatchers("{severity=\"critical\", team=~\"a,b|c\",env!=dev}");
    assertThat(matchers).containsExactly(
        Matcher.equal("severity", "critical"),
        Matcher.regex("team", "a,b|c"),
        Matcher.notEqual("env", "dev"));
    assertThat(MatcherParser.parseMatchers("a=1,b=2")).containsExactly(
        Matcher.equal("a", "1"), Matcher.equal("b", "2"));
    assertThat(MatcherParser.parseMatchers("{}")).isEmpty();
  }

  @Test
  void regexMatchersAreAnchored() {
    Matcher matcher = MatcherParser.parseMatcher("job=~\"api|web\"");
    assertThat(matcher.matches(Labels.of("job", "web"))).isTrue();
    assertThat(matcher.matches(Labels.of("job", "webserver"))).isFalse();
  }

  @Test
  void matcherSetPrintsLikeAlertmanagerInSortedOrder() {
    MatcherSet set = MatcherSet.of(MatcherParser.parseMatchers(
        "{team=~\"a|b\", service=\"x\\\"y\", service!=\"z\", team=\"a\"}"));
    assertThat(set.toString()).isEqualTo(
        "{service=\"x\\\"y\",service!=\"z\",team=\"a\",team=~\"a|b\"}");
    assertThat(MatcherSet.empty().toString()).isEqualTo("{}");
    assertThat(set.matches(Labels.of("service", "x\"y", "team", "a"))).isTrue();
    assertThat(set.matches(Labels.of("service", "x\"y", "team", "b"))).isFalse();
  }
}
