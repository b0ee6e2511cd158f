package io.argus.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFileLoaderTest {

  static Path resource(String name) {
    try {
      return Path.of(RuleFileLoaderTest.class.getResource("/check/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loadsTheModel() {
    RuleFile file = RuleFileLoader.load(resource("query-offset.yml"));
    assertThat(file.groups()).hasSize(2);
    RuleGroupConfig host = file.groups().getFirst();
    assertThat(host.intervalMillis()).isEqualTo(30_000);
    assertThat(host.queryOffsetMillis()).isEqualTo(10_000);
    assertThat(host.limit()).isEqualTo(100);
    assertThat(host.rules().get(0)).isInstanceOf(RecordingRuleConfig.class);
    AlertingRuleConfig alert = (AlertingRuleConfig) host.rules().get(1);
    assertThat(alert.forMillis()).isEqualTo(600_000);
    assertThat(alert.keepFiringForMillis()).isEqualTo(300_000);
    assertThat(alert.labels()).containsEntry("severity", "warning");
    assertThat(file.groups().get(1).queryOffsetMillis()).isNull();
  }

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        Arguments.of("bad-expr.yml", "5:15: group \"g\", rule 1, \"r\": could not parse expression: 1:7: parse error: unclosed left parenthesis"),
        Arguments.of("bad-record-name.yml", "4:17: group \"g\", rule 1, \"bad name\": invalid recording rule name: bad name"),
        Arguments.of("both-kinds.yml", "4:17: group \"g\", rule 1, \"A\": only one of 'record' and 'alert' must be set"),
        Arguments.of("no-kind.yml", "4:9: group \"g\", rule 1, \"\": one of 'record' or 'alert' must be set"),
        Arguments.of("no-expr.yml", "4:9: group \"g\", rule 1, \"A\": field 'expr' must be set in rule"),
        Arguments.of("duplicate-group.yml", "4:5: groupname: \"g\" is repeated in the same file"),
        Arguments.of("unknown-field.yml", "3:5: field foo not found in type rulefmt.RuleGroup"),
        Arguments.of("bad-template.yml", "7:20: group \"g\", rule 1, \"A\": annotation \"summary\": template: __alert_A:1:4: function \"nosuch\" not defined"),
        Arguments.of("unclosed-template.yml", "7:14: group \"g\", rule 1, \"A\": label \"x\": template: __alert_A:1:"),
        Arguments.of("bad-label.yml", "7:11: group \"g\", rule 1, \"A\": invalid label name: bad-label"),
        Arguments.of("for-on-record.yml", "4:17: group \"g\", rule 1, \"r\": invalid field 'for' in recording rule"),
        Arguments.of("bad-duration.yml", "3:15: not a valid duration string: \"5x\""),
        Arguments.of("no-group-name.yml", "2:5: Groupname must not be empty"),
        Arguments.of("not-yaml.yml", ": invalid YAML:"),
        Arguments.of("name-label.yml", "7:11: group \"g\", rule 1, \"r\": invalid label name: __name__"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void reportsEveryProblemWithFileLineAndColumn(String name, String expected) {
    Path path = resource(name);
    assertThatThrownBy(() -> RuleFileLoader.load(path))
        .isInstanceOf(RuleFileException.class)
        .satisfies(e -> assertThat(((RuleFileException) e).errors())
            .anySatisfy(error -> assertThat(error).startsWith(path + ":" + (expected.startsWith(":") ? "" : "")).contains(expected)));
  }

  @Test
  void collectsAllErrorsOfAFile() {
    String yaml = """
        groups:
          - name: g
            rules:
              - record: "a b"
                expr: up
              - alert: X
                expr: sum(
          - name: g
            rules: []
        """;
    assertThatThrownBy(() -> RuleFileLoader.parse(yaml, "f.yml"))
        .isInstanceOf(RuleFileException.class)
        .satisfies(e -> assertThat(((RuleFileException) e).errors()).hasSize(3));
  }

  @Test
  void checkerPrintsPromtoolsReport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RuleFileChecker.check(List.of(resource("valid.yml"), resource("no-expr.yml")),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "Checking " + resource("valid.yml") + "\n  SUCCESS: 2 rules found\n\nChecking " + resource("no-expr.yml") + "\n\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("  FAILED:\n" + resource("no-expr.yml") + ":4:9: ");
  }

  static Stream<String> allFiles() throws IOException {
    try (Stream<Path> files = Files.list(resource("valid.yml").getParent())) {
      return files.map(path -> path.getFileName().toString()).filter(name -> !name.equals("query-offset.yml")).sorted().toList().stream();
    }
  }

  /** Debian's promtool (2.42) must give the same verdict; skipped when it is not installed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("allFiles")
  void verdictMatchesPromtoolCheckRules(String name) throws IOException, InterruptedException {
    Path promtool = Path.of("/usr/bin/promtool");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(promtool),
        "promtool is not installed (apt-get install -y prometheus); skipping the comparison");
    Process process = new ProcessBuilder(promtool.toString(), "check", "rules", resource(name).toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    PrintStream discard = new PrintStream(java.io.OutputStream.nullOutputStream());
    assertThat(RuleFileChecker.check(List.of(resource(name)), discard, discard))
        .as("argus vs promtool verdict for " + name)
        .isEqualTo(process.exitValue());
  }
}
