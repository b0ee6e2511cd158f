package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LexerTest {

  private static List<String> kinds(String query) {
    Lexer lexer = new Lexer(query);
    List<String> kinds = new ArrayList<>();
    for (Token token = lexer.next(); token.kind() != TokenKind.EOF; token = lexer.next()) {
      kinds.add(token.kind() + (token.text() == null ? "" : ":" + token.text()));
    }
    return kinds;
  }

  private static String stringValue(String literal) {
    Token token = new Lexer(literal).next();
    assertThat(token.kind()).isEqualTo(TokenKind.STRING);
    return token.value();
  }

  @Test
  void operatorsAndPunctuation() {
    assertThat(kinds("a+b-c*d/e%f^g==h!=i<j<=k>l>=m </ n >/ o @ 1"))
        .containsExactly(
            "IDENTIFIER:a", "ADD", "IDENTIFIER:b", "SUB", "IDENTIFIER:c", "MUL", "IDENTIFIER:d",
            "DIV", "IDENTIFIER:e", "MOD", "IDENTIFIER:f", "POW", "IDENTIFIER:g", "EQLC",
            "IDENTIFIER:h", "NEQ", "IDENTIFIER:i", "LSS", "IDENTIFIER:j", "LTE", "IDENTIFIER:k",
            "GTR", "IDENTIFIER:l", "GTE", "IDENTIFIER:m", "TRIM_UPPER", "IDENTIFIER:n",
            "TRIM_LOWER", "IDENTIFIER:o", "AT", "NUMBER:1");
  }

  @Test
  void bracesSwitchToMatcherTokens() {
    assertThat(kinds("foo{a=\"1\",b!=\"2\",c=~'3',d!~`4`}"))
        .containsExactly(
            "IDENTIFIER:foo", "LEFT_BRACE", "IDENTIFIER:a", "EQL", "STRING:\"1\"", "COMMA",
            "IDENTIFIER:b", "NEQ", "STRING:\"2\"", "COMMA", "IDENTIFIER:c", "EQL_REGEX",
            "STRING:'3'", "COMMA", "IDENTIFIER:d", "NEQ_REGEX", "STRING:`4`", "RIGHT_BRACE");
  }

  @Test
  void colonIsPartOfMetricNamesOutsideBracketsAndASeparatorInside() {
    assertThat(kinds("job:rate5m:sum[5m:1m]"))
        .containsExactly(
            "METRIC_IDENTIFIER:job:rate5m:sum", "LEFT_BRACKET", "DURATION:5m", "COLON",
            "DURATION:1m", "RIGHT_BRACKET");
  }

  @Test
  void commentsAndWhitespaceAreSkipped() {
    assertThat(kinds("  sum # a comment ( ] }\n\t(x)\r\n# another")).containsExactly(
        "IDENTIFIER:sum", "LEFT_PAREN", "IDENTIFIER:x", "RIGHT_PAREN");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|NUMBER", "1.5|NUMBER", ".5|NUMBER", "5.|NUMBER", "1e3|NUMBER", "1.5E-3|NUMBER",
        "0x1F|NUMBER", "0X_ff|NUMBER", "017|NUMBER", "1_000|NUMBER", "Inf|NUMBER", "nan|NUMBER",
        "5m|DURATION", "1h30m|DURATION", "10s53ms|DURATION", "1y|DURATION", "1.5m|DURATION",
        "infinity|IDENTIFIER"
      })
  void numbersAndDurations(String text, TokenKind kind) {
    Token token = new Lexer(text).next();
    assertThat(token.kind()).isEqualTo(kind);
    assertThat(token.text()).isEqualTo(text);
  }

  @Test
  void stringEscapesFollowGo() {
    assertThat(stringValue("\"a\\nb\\t\\\"c\\\\\"")).isEqualTo("a\nb\t\"c\\");
    assertThat(stringValue("'it\\'s'")).isEqualTo("it's");
    assertThat(stringValue("\"\\u00e9\\U0001F600\\x41\\101\"")).isEqualTo("é\uD83D\uDE00AA");
    assertThat(stringValue("\"\\a\\b\\f\\v\\r\"")).isEqualTo("\u0007\b\f\u000B\r");
    assertThat(stringValue("`raw \\n\r\nstring`")).isEqualTo("raw \\n\nstring");
  }

  @Test
  void byteEscapesThatAreNotUtf8BecomeSurrogateEscapes() {
    assertThat(stringValue("\"a\\xc5z\"")).isEqualTo("a\uDCC5z");
    assertThat(stringValue("\"\\xc3\\xa9\"")).isEqualTo("é");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"abc|1:1: parse error: unterminated quoted string",
        "`abc|1:1: parse error: unterminated raw string",
        "\"\\q\"|1:1: parse error: unknown escape sequence U+0071 'q'",
        "\"\\xZZ\"|1:1: parse error: illegal character U+005A 'Z' in escape sequence",
        "\"\\777\"|1:1: parse error: escape sequence is an invalid Unicode code point U+01FF 'ǿ'",
        "\"\\x4|1:1: parse error: escape sequence not terminated",
        "2.5.|1:1: parse error: bad number or duration syntax: \"2.5.\"",
        "100..4|1:1: parse error: bad number or duration syntax: \"100..\"",
        "0deadbeef|1:1: parse error: bad number or duration syntax: \"0de\"",
        "5mm|1:1: parse error: bad number or duration syntax: \"5mm\"",
        "a ! b|1:3: parse error: unexpected character after '!': ' '",
        "a =~ b|1:3: parse error: unexpected character after '=': '~'",
        "$|1:1: parse error: unexpected character: '$'",
        "}|1:1: parse error: unexpected character: '}'",
        ")|1:2: parse error: unexpected right parenthesis ')'",
        "]|1:1: parse error: unexpected right bracket ']'",
        "a[[|1:3: parse error: unexpected left bracket '['",
        "a{b{|1:4: parse error: unexpected left brace '{'",
        "a{b:|1:4: parse error: unexpected character inside braces: ':'",
        "a{b!x|1:4: parse error: unexpected character after '!' inside braces: 'x'",
        "a{|1:3: parse error: unexpected end of input inside braces",
        "(|1:2: parse error: unclosed left parenthesis",
        "a[5m|1:5: parse error: unexpected end of input in duration expression",
        "a[5m x|1:6: parse error: unexpected character: 'x', expected ':'",
        "a[\"5m\"]|1:3: parse error: unexpected character in duration expression: '\"'",
        "a[5m{|1:5: parse error: unexpected character in duration expression: '{'",
        "a[1::|1:5: parse error: unexpected colon ':'"
      })
  void lexicalErrors(String query, String message) {
    assertThatThrownBy(
            () -> {
              Lexer lexer = new Lexer(query);
              while (lexer.next().kind() != TokenKind.EOF) {
                // drain
              }
            })
        .isInstanceOf(ParseException.class)
        .hasMessage(message);
  }
}
