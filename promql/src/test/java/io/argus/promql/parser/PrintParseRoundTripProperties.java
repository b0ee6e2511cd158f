package io.argus.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.promql.ast.Expr;
import io.argus.promql.printer.PromqlPrinter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** parse(print(tree)) is the tree again, ignoring positions, for random trees of every kind. */
class PrintParseRoundTripProperties {

  @Property(tries = 3000)
  void printedTreesParseBackToThemselves(@ForAll long seed) {
    Expr tree = new RandomExprs(seed).any(4);
    String printed = PromqlPrinter.print(tree);
    Expr reparsed = PromqlParser.parseExpr(printed);
    assertThat(PositionFree.of(reparsed)).as(printed).isEqualTo(PositionFree.of(tree));
  }

  @Property(tries = 1000)
  void prettifiedTreesParseBackToThemselves(@ForAll long seed) {
    Expr tree = new RandomExprs(seed).any(5);
    String prettified = PromqlPrinter.prettify(tree);
    Expr reparsed = PromqlParser.parseExpr(prettified);
    assertThat(PositionFree.of(reparsed)).as(prettified).isEqualTo(PositionFree.of(tree));
  }
}
