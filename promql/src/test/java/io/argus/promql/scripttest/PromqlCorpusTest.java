package io.argus.promql.scripttest;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.promql.parser.PromqlParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the Prometheus PromQL test corpus ({@code ../../shared/promql-tests}, see its FORMAT.md)
 * and compares the passing cases with the committed baseline {@code
 * promql-corpus-baseline.tsv}: a case that passed before and fails now fails the build; new passes
 * only print a hint. Evals that involve native histograms (per the corpus' INDEX.tsv) are skipped
 * and counted, since the engine evaluates float samples only.
 *
 * <p>Rewrite the baseline with {@code -Dargus.promql.updateBaseline=true}.
 */
class PromqlCorpusTest {

  private static final String BASELINE_RESOURCE = "/promql-corpus-baseline.tsv";
  private static final Path BASELINE_SOURCE =
      Paths.get("src", "test", "resources", "promql-corpus-baseline.tsv");

  /** The engine configuration the corpus assumes (FORMAT.md section 8). */
  static Engine corpusEngine() {
    return new Engine(
        new EngineOptions(300_000, 10_000, Duration.ofSeconds(100), 60_000, true, true));
  }

  @Test
  void corpusDoesNotRegress() throws IOException {
    Path corpus = locateCorpus();
    Map<String, Set<Integer>> nativeHistogramCases = readNativeHistogramCases(corpus);
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus)) {
      files = listing.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
    assertThat(files).as("test files in %s", corpus).isNotEmpty();
    Set<String> passing = new TreeSet<>();
    Map<String, String> failures = new HashMap<>();
    int totalPassed = 0;
    int totalFailed = 0;
    int totalSkipped = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      // -Dargus.promql.includeNativeHistogramCases=true runs them too, to see how many pass
      // by accident (without histogram support); the baseline is then not checked.
      Set<Integer> skipped =
          Boolean.getBoolean("argus.promql.includeNativeHistogramCases")
              ? Set.of()
              : nativeHistogramCases.getOrDefault(name, Set.of());
      int passed = 0;
      int failed = 0;
      int skippedCount = 0;
      List<ScriptRunner.Outcome> outcomes;
      try {
        List<ScriptCommand> commands =
            new ScriptParser(PromqlParser::parseMetric).parse(Files.readString(file));
        outcomes =
            new ScriptRunner(corpusEngine(), PromqlParser::parseExpr).run(commands, skipped);
      } catch (RuntimeException e) {
        System.out.println("promql-tests: " + name + ": file rejected: " + e.getMessage());
        outcomes = List.of();
      }
      for (ScriptRunner.Outcome outcome : outcomes) {
        if (outcome.skipped()) {
          skippedCount++;
        } else if (outcome.passed()) {
          passed++;
          passing.add(name + "\t" + outcome.line());
        } else {
          failed++;
          failures.put(name + "\t" + outcome.line(), outcome.expression() + " -> " + outcome.failure());
        }
      }
      System.out.printf(
          "promql corpus %s: %d cases pass, %d do not (regressions fail the build), %d native-histogram cases not run%n",
          name, passed, failed, skippedCount);
      totalPassed += passed;
      totalFailed += failed;
      totalSkipped += skippedCount;
    }
    System.out.printf(
        "promql corpus total: %d cases pass, %d do not (regressions fail the build), %d native-histogram cases not run%n",
        totalPassed, totalFailed, totalSkipped);
    if (Boolean.getBoolean("argus.promql.printFailures")) {
      failures.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> System.out.println("FAIL " + e.getKey() + " " + e.getValue()));
    }
    if (Boolean.getBoolean("argus.promql.includeNativeHistogramCases")) {
      return;
    }
    if (Boolean.getBoolean("argus.promql.updateBaseline")) {
      Files.writeString(BASELINE_SOURCE, String.join("\n", passing) + "\n");
      System.out.println("promql-tests: baseline rewritten: " + BASELINE_SOURCE.toAbsolutePath());
      return;
    }
    Set<String> baseline = readBaseline();
    List<String> regressions = new ArrayList<>();
    for (String entry : baseline) {
      if (!passing.contains(entry)) {
        regressions.add(entry.replace('\t', ':') + " " + failures.get(entry));
      }
    }
    Set<String> newPasses = new HashSet<>(passing);
    newPasses.removeAll(baseline);
    if (!newPasses.isEmpty()) {
      System.out.println(
          "promql-tests: "
              + newPasses.size()
              + " cases pass that the baseline does not list; update it with"
              + " -Dargus.promql.updateBaseline=true");
    }
    assertThat(regressions).as("corpus cases that passed in the baseline but fail now").isEmpty();
  }

  private static Path locateCorpus() {
    String configured = System.getProperty("argus.promql.corpus");
    List<Path> candidates = new ArrayList<>();
    if (configured != null) {
      candidates.add(Paths.get(configured));
    }
    Path moduleDirectory = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    candidates.add(moduleDirectory.resolve("../../shared/promql-tests").normalize());
    candidates.add(moduleDirectory.resolve("../shared/promql-tests").normalize());
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate.resolve("FORMAT.md"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "PromQL test corpus not found; looked in "
            + candidates
            + " (set -Dargus.promql.corpus=<dir> to point at shared/promql-tests)");
  }

  /** The eval lines INDEX.tsv marks as involving native histograms, per file. */
  private static Map<String, Set<Integer>> readNativeHistogramCases(Path corpus)
      throws IOException {
    Map<String, Set<Integer>> cases = new HashMap<>();
    List<String> lines = Files.readAllLines(corpus.resolve("INDEX.tsv"));
    String[] header = lines.get(0).split("\t");
    int column = List.of(header).indexOf("native_histograms");
    if (column < 0) {
      throw new IllegalStateException("INDEX.tsv has no native_histograms column: " + lines.get(0));
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (fields.length > column && fields[column].equals("yes")) {
        cases.computeIfAbsent(fields[0], key -> new HashSet<>()).add(Integer.parseInt(fields[1]));
      }
    }
    return cases;
  }

  private static Set<String> readBaseline() throws IOException {
    try (InputStream in = PromqlCorpusTest.class.getResourceAsStream(BASELINE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("baseline resource " + BASELINE_RESOURCE + " is missing");
      }
      Set<String> baseline = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          baseline.add(line.strip());
        }
      }
      return baseline;
    }
  }
}
