package io.argus.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random input must end in output or in the template's own exceptions, never in anything else and
 * never in a hang. Inputs are built from template fragments so that many reach the executor.
 */
class TemplateRobustnessProperties {

  private static final Map<String, Object> DATA =
      Map.of("Labels", Map.of("a", "1"), "Value", 1.5, "Items", List.of(1L, 2L), "Name", "x");

  @Provide
  Arbitrary<String> fragments() {
    Arbitrary<String> fragment =
        Arbitraries.of(
            "{{", "}}", "{{-", " -}}", "{{ ", " }}", ".", ".Labels", ".a", "$x", ":=", "=", "$",
            "|", "(", ")", "if", "else", "end", "range", "with", "define", "template", "block",
            "break", "continue", "\"s\"", "`r`", "'c'", "1", "2.5", "-3", "0x1f", "nil", "true",
            "printf", "\"%d %s %v %.2f\"", "len", "index", "slice", "eq", "lt", "and", "or", "not",
            "print", "html", "js", "urlquery", "call", " ", "\n", "x", "/*", "*/", ",", ".Items",
            ".Value", ".Name", "$i", "$v", "\"t\"");
    return fragment.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void randomTemplatesFailOnlyWithTemplateExceptions(@ForAll("fragments") String text) {
    assertThat(outcome(text)).isNotNull();
  }

  @Property(tries = 1000)
  void arbitraryStringsFailOnlyWithTemplateExceptions(@ForAll String text) {
    assertThat(outcome(text)).isNotNull();
  }

  private static String outcome(String text) {
    try {
      return Template.parse("fuzz", text, Functions.builtins()).execute(DATA);
    } catch (TemplateException expected) {
      assertThat(expected.getMessage()).startsWith("template: ");
      return "error";
    }
  }
}
