package io.argus.scrape.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table of Prometheus' documented relabeling behaviour; a null output means "dropped". */
class RelabelerTest {

  private static RelabelConfig.Builder rule(RelabelAction action) {
    return RelabelConfig.builder().action(action);
  }

  static Stream<Arguments> cases() {
    Labels abc = Labels.of("a", "foo", "b", "bar", "c", "baz");
    return Stream.of(
        Arguments.of("replace with a capture group",
            abc, List.of(rule(RelabelAction.REPLACE).sourceLabels("a").regex("f(.*)").targetLabel("d")
                .replacement("ch${1}-ch${1}").build()),
            Labels.of("a", "foo", "b", "bar", "c", "baz", "d", "choo-choo")),
        Arguments.of("replace joins sources with the separator",
            abc, List.of(rule(RelabelAction.REPLACE).sourceLabels("a", "b").regex("f(.*);(.*)r")
                .targetLabel("a").replacement("b${1}${2}m").build()),
            Labels.of("a", "boobam", "b", "bar", "c", "baz")),
        Arguments.of("replace does nothing without a match (the regex is anchored)",
            Labels.of("a", "foo"), List.of(rule(RelabelAction.REPLACE).sourceLabels("a").regex("o")
                .targetLabel("b").replacement("x").build()),
            Labels.of("a", "foo")),
        Arguments.of("replace with an empty result deletes the target",
            Labels.of("a", "foo", "b", "bar"), List.of(rule(RelabelAction.REPLACE).sourceLabels("c")
                .targetLabel("b").build()),
            Labels.of("a", "foo")),
        Arguments.of("replace with a literal on a missing source sets a constant",
            Labels.of("a", "foo"), List.of(rule(RelabelAction.REPLACE).targetLabel("env").replacement("prod").build()),
            Labels.of("a", "foo", "env", "prod")),
        Arguments.of("replace with templated target label",
            Labels.of("a", "some-name-value"), List.of(rule(RelabelAction.REPLACE).sourceLabels("a")
                .regex("some-([^-]+)-([^,]+)").targetLabel("${1}").replacement("${2}").build()),
            Labels.of("a", "some-name-value", "name", "value")),
        Arguments.of("replace skips an invalid expanded target label",
            Labels.of("a", "some-name-0"), List.of(rule(RelabelAction.REPLACE).sourceLabels("a")
                .regex("some-([^-]+)(-[^,]+)").targetLabel("${2}").replacement("${1}").build()),
            Labels.of("a", "some-name-0")),
        Arguments.of("$1x is the group named 1x, which does not exist",
            Labels.of("a", "foo"), List.of(rule(RelabelAction.REPLACE).sourceLabels("a").regex("(f)oo")
                .targetLabel("b").replacement("$1x-$$-${1}x-$").build()),
            Labels.of("a", "foo", "b", "-$-fx-$")),
        Arguments.of("named groups in Go's spellings, with underscores",
            Labels.of("a", "line1\nline2"), List.of(rule(RelabelAction.REPLACE).sourceLabels("a")
                .regex("(line1).*(?P<second_part>line2)").targetLabel("l_$1").replacement("v_${second_part}").build()),
            Labels.of("a", "line1\nline2", "l_line1", "v_line2")),
        Arguments.of("keep keeps on a match",
            abc, List.of(rule(RelabelAction.KEEP).sourceLabels("a").regex("f.*").build()), abc),
        Arguments.of("keep drops without a match",
            abc, List.of(rule(RelabelAction.KEEP).sourceLabels("a").regex("o.*").build()), null),
        Arguments.of("keep on a missing label matches the empty string",
            abc, List.of(rule(RelabelAction.KEEP).sourceLabels("z").regex("").build()), abc),
        Arguments.of("drop drops on a match",
            abc, List.of(rule(RelabelAction.DROP).sourceLabels("a").regex("f.*|g").build()), null),
        Arguments.of("drop is anchored: a substring does not match",
            abc, List.of(rule(RelabelAction.DROP).sourceLabels("a").regex("o").build()), abc),
        Arguments.of("keepequal keeps when the target equals the source",
            Labels.of("__tmp_port", "1234", "__port1", "1234"),
            List.of(rule(RelabelAction.KEEPEQUAL).sourceLabels("__tmp_port").targetLabel("__port1").build()),
            Labels.of("__tmp_port", "1234", "__port1", "1234")),
        Arguments.of("keepequal drops when they differ",
            Labels.of("__tmp_port", "1234", "__port2", "5678"),
            List.of(rule(RelabelAction.KEEPEQUAL).sourceLabels("__tmp_port").targetLabel("__port2").build()),
            null),
        Arguments.of("dropequal drops when equal",
            Labels.of("__tmp_port", "1234", "__port1", "1234"),
            List.of(rule(RelabelAction.DROPEQUAL).sourceLabels("__tmp_port").targetLabel("__port1").build()),
            null),
        Arguments.of("hashmod: MD5, last 8 bytes big-endian, modulo (Prometheus' own example)",
            abc, List.of(rule(RelabelAction.HASHMOD).sourceLabels("c").targetLabel("d").modulus(1000).build()),
            Labels.of("a", "foo", "b", "bar", "c", "baz", "d", "976")),
        Arguments.of("hashmod of a value with a newline",
            Labels.of("a", "foo\nbar"),
            List.of(rule(RelabelAction.HASHMOD).sourceLabels("a").targetLabel("b").modulus(1000).build()),
            Labels.of("a", "foo\nbar", "b", "734")),
        Arguments.of("labelmap copies matching labels under the new name",
            Labels.of("a", "foo", "b1", "bar", "b2", "baz"),
            List.of(rule(RelabelAction.LABELMAP).regex("(b.*)").replacement("bar_${1}").build()),
            Labels.of("a", "foo", "b1", "bar", "b2", "baz", "bar_b1", "bar", "bar_b2", "baz")),
        Arguments.of("labelmap of meta labels",
            Labels.of("a", "foo", "__meta_my_bar", "aaa", "__meta_other", "ccc"),
            List.of(rule(RelabelAction.LABELMAP).regex("__meta_(my.*)").replacement("${1}").build()),
            Labels.of("a", "foo", "__meta_my_bar", "aaa", "__meta_other", "ccc", "my_bar", "aaa")),
        Arguments.of("labeldrop",
            Labels.of("a", "foo", "b1", "bar", "b2", "baz"),
            List.of(rule(RelabelAction.LABELDROP).regex("b.*").build()),
            Labels.of("a", "foo")),
        Arguments.of("labelkeep",
            Labels.of("a", "foo", "b1", "bar", "b2", "baz"),
            List.of(rule(RelabelAction.LABELKEEP).regex("b.*").build()),
            Labels.of("b1", "bar", "b2", "baz")),
        Arguments.of("lowercase and uppercase",
            Labels.of("foo", "bAr123Foo"),
            List.of(rule(RelabelAction.UPPERCASE).sourceLabels("foo").targetLabel("foo_uppercase").build(),
                rule(RelabelAction.LOWERCASE).sourceLabels("foo").targetLabel("foo_lowercase").build()),
            Labels.of("foo", "bAr123Foo", "foo_lowercase", "bar123foo", "foo_uppercase", "BAR123FOO")),
        Arguments.of("rules apply in order; a drop stops the chain",
            Labels.of("__meta_port_name", "foo", "__meta_metrics_port", "9091"),
            List.of(rule(RelabelAction.LABELDROP).regex("__meta_port_name").build(),
                rule(RelabelAction.REPLACE).sourceLabels("__meta_metrics_port").regex("(.+)")
                    .targetLabel("__meta_port_name").replacement("metrics").build(),
                rule(RelabelAction.KEEP).sourceLabels("__meta_port_name").regex("metrics").build()),
            Labels.of("__meta_metrics_port", "9091", "__meta_port_name", "metrics")),
        Arguments.of("dot matches a newline, as in Prometheus 3",
            Labels.of("a", "line1\nline2"),
            List.of(rule(RelabelAction.REPLACE).sourceLabels("a").regex("line1.*line2").targetLabel("d")
                .replacement("match${1}").build()),
            Labels.of("a", "line1\nline2", "d", "match")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void relabelsAsPrometheusDocuments(String description, Labels input, List<RelabelConfig> rules, Labels expected) {
    assertThat(Relabeler.of(rules).process(input)).isEqualTo(expected);
  }
}
