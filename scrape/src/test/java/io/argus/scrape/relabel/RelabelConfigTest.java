package io.argus.scrape.relabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.InvalidRegexException;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelabelConfigTest {

  @Test
  void defaultsAreThoseOfPrometheus() {
    RelabelConfig config = RelabelConfig.builder().targetLabel("x").build();
    assertThat(config.action()).isEqualTo(RelabelAction.REPLACE);
    assertThat(config.separator()).isEqualTo(";");
    assertThat(config.regex()).isEqualTo("(.*)");
    assertThat(config.replacement()).isEqualTo("$1");
    assertThat(config.modulus()).isZero();
    assertThat(config.sourceLabels()).isEmpty();
  }

  @Test
  void refusesMissingTargetsAndModulus() {
    assertThatThrownBy(() -> RelabelConfig.builder().build())
        .hasMessage("relabel configuration for replace action requires 'target_label' value");
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.LOWERCASE).build())
        .hasMessage("relabel configuration for lowercase action requires 'target_label' value");
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.HASHMOD).targetLabel("x").build())
        .hasMessage("relabel configuration for hashmod requires non-zero modulus");
  }

  @ParameterizedTest
  @CsvSource({
      "label, true", "label${1}, true", "${1}label, true", "$1, true", "asd$2asd, true", "_${1}_, true",
      "foo${bar}foo, true", "-label, false", "${, false", "$, false", "${}, false", "foo${, false",
      "-foo${1}bar-, false", "bar.foo${1}bar, false"})
  void checksReplaceTargetLabelsAsPrometheusDoes(String target, boolean valid) {
    var builder = RelabelConfig.builder().targetLabel(target);
    if (valid) {
      assertThat(builder.build().targetLabel()).isEqualTo(target);
    } else {
      assertThatThrownBy(builder::build)
          .hasMessage("\"" + target + "\" is invalid 'target_label' for replace action");
    }
  }

  @Test
  void refusesFieldsThatTheActionDoesNotUse() {
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.LABELDROP).sourceLabels("a").build())
        .hasMessage("labeldrop action requires only 'regex', and no other fields");
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.KEEPEQUAL).targetLabel("a").regex("x").build())
        .hasMessage("keepequal action requires only 'source_labels' and `target_label`, and no other fields");
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.UPPERCASE).targetLabel("a")
        .replacement("x").build())
        .hasMessage("'replacement' can not be set for uppercase action");
    assertThatThrownBy(() -> RelabelConfig.builder().action(RelabelAction.LABELMAP).replacement("-x").build())
        .hasMessage("\"-x\" is invalid 'replacement' for labelmap action");
  }

  @Test
  void refusesRegexesThatRe2Refuses() {
    assertThatThrownBy(() -> RelabelConfig.builder().targetLabel("a").regex("(?=x)").build())
        .isInstanceOf(InvalidRegexException.class);
    assertThatThrownBy(() -> RelabelConfig.builder().targetLabel("a").regex("(a").build())
        .isInstanceOf(InvalidRegexException.class);
    assertThatThrownBy(() -> RelabelConfig.builder().targetLabel("a").regex("(?P<n>a)\\1").build())
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageContaining("(?P<n>a)\\1");
  }

  @Test
  void parsesActionsCaseInsensitively() {
    assertThat(RelabelAction.ofConfigName("LabelMap")).isEqualTo(RelabelAction.LABELMAP);
    assertThatThrownBy(() -> RelabelAction.ofConfigName("rename"))
        .hasMessage("unknown relabel action \"rename\"");
  }
}
