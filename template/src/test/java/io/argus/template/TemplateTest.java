package io.argus.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateTest {

  /** A Go struct stand-in: record components answer {@code .Labels} and {@code .Value}. */
  public record Sample(Map<String, String> labels, double value) {
    public String greet(String who) {
      return "hello " + who;
    }
  }

  private static Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Labels", Map.of("job", "api", "instance", "host:9090"));
    data.put("Value", 0.123456);
    data.put("Count", 3L);
    data.put("Items", List.of("a", "b", "c"));
    data.put("Empty", List.of());
    data.put("Name", "World");
    data.put("Sample", new Sample(Map.of("x", "1"), 2.5));
    data.put("Nested", Map.of("inner", Map.of("deep", "yes")));
    return data;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("plain text", "plain text"),
        Arguments.of("{{ .Name }}", "World"),
        Arguments.of("{{ .Labels.job }}", "api"),
        Arguments.of("{{ .Labels.missing }}|", "|"),
        Arguments.of("{{ .Nested.inner.deep }}", "yes"),
        Arguments.of("{{ $labels := .Labels }}{{ $labels.instance }}", "host:9090"),
        Arguments.of("{{ .Value }}", "0.123456"),
        Arguments.of("{{ printf \"%.2f\" .Value }}", "0.12"),
        Arguments.of("{{ printf \"%d items\" .Count }}", "3 items"),
        Arguments.of("{{ printf \"%s=%q\" \"a\" \"b\" }}", "a=\"b\""),
        Arguments.of("{{ printf \"%v %x %X %o %b\" 255 255 255 8 5 }}", "255 ff FF 10 101"),
        Arguments.of("{{ printf \"%g %g %g\" 1e6 0.0001 100000.0 }}", "1e+06 0.0001 100000"),
        Arguments.of("{{ printf \"%5.1f|%-5d|%05d\" 3.14159 42 42 }}", "  3.1|42   |00042"),
        Arguments.of("{{ printf \"%d\" \"x\" }}", "%!d(string=x)"),
        Arguments.of("{{ printf \"%d %d\" 1 }}", "1 %!d(MISSING)"),
        Arguments.of("{{ printf \"%d\" 1 2 }}", "1%!(EXTRA int=2)"),
        Arguments.of("{{ printf \"%e\" 123456.789 }}", "1.234568e+05"),
        Arguments.of("{{ printf \"%.4g\" 1234567.0 }}", "1.235e+06"),
        Arguments.of("{{ printf \"%.4g\" 0.5 }}", "0.5"),
        Arguments.of("{{ printf \"%t %v\" true false }}", "true false"),
        Arguments.of("{{ printf \"%x\" \"hi\" }}", "6869"),
        Arguments.of("{{ printf \"%%\" }}", "%"),
        Arguments.of("{{ if gt .Count 2 }}big{{ else }}small{{ end }}", "big"),
        Arguments.of("{{ if lt .Count 2 }}a{{ else if eq .Count 3 }}b{{ else }}c{{ end }}", "b"),
        Arguments.of("{{ range .Items }}[{{ . }}]{{ end }}", "[a][b][c]"),
        Arguments.of("{{ range $i, $v := .Items }}{{ $i }}={{ $v }} {{ end }}", "0=a 1=b 2=c "),
        Arguments.of("{{ range $k, $v := .Labels }}{{ $k }}:{{ $v }};{{ end }}", "instance:host:9090;job:api;"),
        Arguments.of("{{ range .Empty }}x{{ else }}none{{ end }}", "none"),
        Arguments.of("{{ range $i, $v := .Items }}{{ if eq $v \"b\" }}{{ break }}{{ end }}{{ $v }}{{ end }}", "a"),
        Arguments.of("{{ range .Items }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ . }}{{ end }}", "ac"),
        Arguments.of("{{ range 3 }}{{ . }}{{ end }}", "012"),
        Arguments.of("{{ with .Labels.job }}job={{ . }}{{ end }}", "job=api"),
        Arguments.of("{{ with .Labels.nope }}x{{ else }}empty{{ end }}", "empty"),
        Arguments.of("{{ define \"t\" }}<{{ . }}>{{ end }}{{ template \"t\" .Name }}", "<World>"),
        Arguments.of("{{ block \"b\" .Count }}[{{ . }}]{{ end }}", "[3]"),
        Arguments.of("a {{- /* comment */ -}} b", "ab"),
        Arguments.of("a  {{- .Name -}}  \n b", "aWorldb"),
        Arguments.of("{{/* only a comment */}}x", "x"),
        Arguments.of("{{ .Name | printf \"%s!\" }}", "World!"),
        Arguments.of("{{ \"x\" | printf \"%s-%s\" \"y\" }}", "y-x"),
        Arguments.of("{{ len .Items }} {{ len .Name }} {{ len .Labels }}", "3 5 2"),
        Arguments.of("{{ index .Items 1 }} {{ index .Labels \"job\" }}", "b api"),
        Arguments.of("{{ slice .Name 1 3 }}", "or"),
        Arguments.of("{{ and 1 0 2 }} {{ or 0 \"\" \"x\" }} {{ not true }}", "0 x false"),
        Arguments.of("{{ and false (index .Items 99) }}", "false"),
        Arguments.of("{{ print 1 2 \"a\" \"b\" 3 }}", "1 2ab3"),
        Arguments.of("{{ println \"a\" 1 }}", "a 1\n"),
        Arguments.of("{{ html \"<a href='x'>&\\\"\" }}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34;"),
        Arguments.of("{{ js \"it's <b>\" }}", "it\\'s \\u003Cb\\u003E"),
        Arguments.of("{{ urlquery \"a b&c=d/é\" }}", "a+b%26c%3Dd%2F%C3%A9"),
        Arguments.of("{{ eq .Name \"x\" \"World\" }} {{ ne 1 2 }} {{ le 2 2 }} {{ ge 1.5 2.5 }}", "true true true false"),
        Arguments.of("{{ .Sample.Labels.x }} {{ .Sample.Value }}", "1 2.5"),
        Arguments.of("{{ .Sample.Greet \"you\" }}", "hello you"),
        Arguments.of("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}", "2"),
        Arguments.of("{{ $x := 1 }}{{ if true }}{{ $x := 5 }}{{ $x }}{{ end }}{{ $x }}", "51"),
        Arguments.of("{{ (index .Nested \"inner\").deep }}", "yes"),
        Arguments.of("{{ .Missing }}", "<no value>"),
        Arguments.of("{{ $.Name }}{{ range .Items }}{{ $.Count }}{{ end }}", "World333"),
        Arguments.of("{{ `raw\\n` }}", "raw\\n"),
        Arguments.of("{{ 'a' }} {{ 0x10 }} {{ 1e3 }} {{ -2 }}", "97 16 1000 -2"),
        Arguments.of("{{ printf \"%v\" nil }}", "<nil>"),
        Arguments.of("{{ .Labels }}", "map[instance:host:9090 job:api]"),
        Arguments.of("{{ .Items }}", "[a b c]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void executesAsGoDoes(String text, String expected) {
    Template template = Template.parse("test", text, Functions.builtins());
    assertThat(template.execute(data())).isEqualTo(expected);
  }

  static Stream<Arguments> parseErrors() {
    return Stream.of(
        Arguments.of("{{ nosuch }}", "template: t:1:4: function \"nosuch\" not defined"),
        Arguments.of("{{ if true }}x", "template: t:1:15: unexpected EOF"),
        Arguments.of("{{ end }}", "template: t:1:4: unexpected {{end}}"),
        Arguments.of("{{ $x }}", "template: t:1:4: undefined variable \"$x\""),
        Arguments.of("a\n{{ .Name", "template: t:2:1: unclosed action"),
        Arguments.of("{{ break }}", "template: t:1:4: {{break}} outside {{range}}"),
        Arguments.of("{{ \"abc }}", "template: t:1:4: unterminated quoted string"),
        Arguments.of("{{ }}", "template: t:1:4: missing value for command"),
        Arguments.of("{{ if }}{{ end }}", "template: t:1:7: missing value for if"),
        Arguments.of("{{ .A | }}", "template: t:1:7: missing command after |"),
        Arguments.of("{{ (1 }}", "template: t:1:7: unclosed left paren"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parseErrors")
  void reportsParseErrorsWithPosition(String text, String message) {
    assertThatThrownBy(() -> Template.parse("t", text, Functions.builtins()))
        .isInstanceOf(TemplateParseException.class)
        .hasMessage(message);
  }

  @Test
  void reportsExecutionErrorsWithNodeAndPosition() {
    Template template = Template.parse("t", "x\n  {{ gt .Count 2.5 }}", Functions.builtins());
    assertThatThrownBy(() -> template.execute(data()))
        .isInstanceOf(TemplateExecutionException.class)
        .hasMessage(
            "template: t:2:6: executing \"t\" at <gt>: error calling gt: incompatible types for"
                + " comparison");
  }

  @Test
  void reportsMissingFieldOnAStruct() {
    Template template = Template.parse("t", "{{ .Sample.Nope }}", Functions.builtins());
    assertThatThrownBy(() -> template.execute(data()))
        .hasMessage(
            "template: t:1:4: executing \"t\" at <.Sample.Nope>: can't evaluate field Nope in type Sample");
  }

  @Test
  void indexOutOfRangeIsAnError() {
    Template template = Template.parse("t", "{{ index .Items 5 }}", Functions.builtins());
    assertThatThrownBy(() -> template.execute(data()))
        .hasMessageContaining("error calling index: index out of range: 5");
  }

  @Test
  void registeredFunctionsAreCalledAndCanBeReboundPerExecution() {
    Functions functions = Functions.builtins().with("shout", arguments -> arguments.getFirst().toString().toUpperCase());
    Template template = Template.parse("t", "{{ .Name | shout }}", functions);
    assertThat(template.execute(data())).isEqualTo("WORLD");
    Functions rebound = functions.with("shout", arguments -> "bound");
    assertThat(template.execute(data(), rebound)).isEqualTo("bound");
  }

  @Test
  void functionErrorsBecomeTemplateErrors() {
    Functions functions =
        Functions.builtins()
            .with("fail", arguments -> {
              throw new TemplateFunctionException("boom");
            });
    Template template = Template.parse("t", "{{ fail }}", functions);
    assertThatThrownBy(() -> template.execute(null))
        .hasMessage("template: t:1:4: executing \"t\" at <fail>: error calling fail: boom");
  }

  @Test
  void callInvokesFunctionValues() {
    TemplateFunction add = arguments -> (Long) arguments.get(0) + (Long) arguments.get(1);
    Template template = Template.parse("t", "{{ call .Add 2 3 }}", Functions.builtins());
    assertThat(template.execute(Map.of("Add", add))).isEqualTo("5");
  }

  @Test
  void recursionIsBounded() {
    Template template =
        Template.parse("t", "{{ define \"a\" }}{{ template \"a\" }}{{ end }}{{ template \"a\" }}", Functions.builtins());
    assertThatThrownBy(() -> template.execute(null))
        .isInstanceOf(TemplateExecutionException.class)
        .hasMessageContaining("exceeded maximum template depth");
  }

  @Test
  void parseMoreAddsDefinitionsToTheSet() {
    Template base = Template.parse("main", "{{ template \"footer\" . }}", Functions.builtins());
    Template set = base.parseMore("extra", "{{ define \"footer\" }}-- {{ . }}{{ end }}");
    assertThat(set.templateNames()).contains("main", "footer", "extra");
    assertThat(set.execute("bye")).isEqualTo("-- bye");
    assertThat(set.executeTemplate("footer", "x")).isEqualTo("-- x");
  }
}
