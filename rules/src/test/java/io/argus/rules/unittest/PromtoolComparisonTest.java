package io.argus.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the same unit-test files through Debian's {@code promtool test rules} and through {@link
 * RuleUnitTester}, and requires the same verdict. Skipped when promtool is not installed ({@code
 * apt-get install -y prometheus} provides it).
 */
class PromtoolComparisonTest {

  private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

  @ParameterizedTest
  @ValueSource(strings = {"pass.test.yml", "fail.test.yml", "stale.test.yml", "functions.test.yml"})
  void verdictMatchesPromtool(String name) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(PROMTOOL), "promtool is not installed (apt-get install -y prometheus); skipping the comparison");
    Path file = RuleUnitTesterTest.resource(name);
    Process process = new ProcessBuilder(PROMTOOL.toString(), "test", "rules", file.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    int ours = RuleUnitTester.run(List.of(file), discard, discard);
    assertThat(ours).as("argus verdict vs promtool for " + name).isEqualTo(process.exitValue());
  }
}
