package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.promql.ast.Expr;
import io.argus.promql.printer.PromqlPrinter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code eval} expression of the shared Prometheus test corpus ({@code
 * ../shared/promql-tests/*.test}) is valid PromQL (FORMAT.md, section 1), so every one must parse;
 * and printing a parsed expression must give text that parses to the same tree.
 */
class CorpusParseTest {

  private static final Path CORPUS = Path.of("../../shared/promql-tests");

  /** The number of eval commands in the corpus, from its INDEX.md. */
  private static final int EVAL_COUNT = 2214;

  record Eval(String file, int line, String expression) {}

  static List<Eval> evals() throws IOException {
    List<Eval> evals = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(CORPUS, "*.test")) {
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("eval")) {
            evals.add(new Eval(file.getFileName().toString(), i + 1, expressionOf(line)));
          }
        }
      }
    }
    return evals;
  }

  /** The header's tokens are fixed (FORMAT.md 6.1): the rest of the line is the expression. */
  private static String expressionOf(String header) {
    String[] words = header.split("[ \t]+");
    int fixedWords = words[1].equals("instant") ? 4 : 8;
    String rest = header;
    for (int i = 0; i < fixedWords; i++) {
      rest = rest.substring(rest.indexOf(words[i]) + words[i].length()).stripLeading();
    }
    return rest;
  }

  @Test
  void everyEvalExpressionParses() throws IOException {
    List<Eval> evals = evals();
    List<String> failures = new ArrayList<>();
    for (Eval eval : evals) {
      try {
        PromqlParser.parseExpr(eval.expression());
      } catch (ParseException e) {
        failures.add(eval.file() + ":" + eval.line() + " " + eval.expression() + " -> " + e.getMessage());
      }
    }
    System.out.println(
        "promql corpus parse: " + (evals.size() - failures.size()) + " of " + evals.size() + " eval expressions parse");
    assertThat(evals).hasSize(EVAL_COUNT);
    assertThat(failures).isEmpty();
  }

  @Test
  void everyEvalExpressionSurvivesPrintingAndReparsing() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Eval eval : evals()) {
      Expr parsed = PromqlParser.parseExpr(eval.expression());
      String printed = PromqlPrinter.print(parsed);
      try {
        Expr reparsed = PromqlParser.parseExpr(printed);
        if (!PositionFree.of(reparsed).equals(PositionFree.of(parsed))) {
          failures.add(eval.expression() + " printed as " + printed + " parses differently");
        }
        String prettified = PromqlPrinter.prettify(parsed);
        if (!PositionFree.of(PromqlParser.parseExpr(prettified)).equals(PositionFree.of(parsed))) {
          failures.add(eval.expression() + " prettified as " + prettified + " parses differently");
        }
      } catch (ParseException e) {
        failures.add(eval.expression() + " printed as " + printed + " fails: " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }
}
