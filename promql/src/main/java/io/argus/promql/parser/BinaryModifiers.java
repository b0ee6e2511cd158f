package io.argus.promql.parser;

import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.ast.VectorMatching.Cardinality;
import java.util.ArrayList;
import java.util.List;

/**
 * What may stand between a binary operator and its right operand, in this order: {@code bool},
 * {@code on(…)} or {@code ignoring(…)}, then {@code group_left[(…)]} or {@code group_right[(…)]}
 * (only after on/ignoring), then the experimental fill modifiers {@code fill(v)}, {@code
 * fill_left(v)}, {@code fill_right(v)}. Whether they make sense for the operator and operand types
 * is checked by {@link TypeChecker}.
 */
record BinaryModifiers(boolean returnBool, VectorMatching matching) {

  static BinaryModifiers parse(TokenStream tokens, BinaryOperator operator) {
    boolean returnBool = false;
    if (tokens.isWord("bool")) {
      tokens.advance();
      returnBool = true;
    }
    List<String> matchingLabels = List.of();
    boolean on = false;
    Cardinality cardinality = Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    if (tokens.isWord("on") || tokens.isWord("ignoring")) {
      on = tokens.advance().isWord("on");
      matchingLabels = parseLabelList(tokens);
      if (tokens.isWord("group_left") || tokens.isWord("group_right")) {
        cardinality =
            tokens.advance().isWord("group_left") ? Cardinality.MANY_TO_ONE : Cardinality.ONE_TO_MANY;
        if (tokens.is(TokenKind.LEFT_PAREN)) {
          include = parseLabelList(tokens);
        }
      }
    }
    Double fillLeft = null;
    Double fillRight = null;
    while (isFill(tokens)) {
      String word = Keywords.lowerCase(tokens.advance().text());
      double value = parseFillValue(tokens);
      if (!word.equals("fill_right")) {
        fillLeft = value;
      }
      if (!word.equals("fill_left")) {
        fillRight = value;
      }
    }
    return new BinaryModifiers(
        returnBool, new VectorMatching(cardinality, matchingLabels, on, include, fillLeft, fillRight));
  }

  private static boolean isFill(TokenStream tokens) {
    return (tokens.isWord("fill") || tokens.isWord("fill_left") || tokens.isWord("fill_right"))
        && tokens.peek().kind() == TokenKind.LEFT_PAREN;
  }

  /** {@code (<signed number>)}: a number literal, {@code Inf} and {@code NaN} included. */
  private static double parseFillValue(TokenStream tokens) {
    tokens.expect(TokenKind.LEFT_PAREN, "fill modifier", "\"(\"");
    boolean negative = false;
    if (tokens.is(TokenKind.ADD) || tokens.is(TokenKind.SUB)) {
      negative = tokens.advance().kind() == TokenKind.SUB;
    }
    if (!tokens.is(TokenKind.NUMBER) && !tokens.is(TokenKind.DURATION)) {
      throw tokens.unexpected("fill modifier", "number");
    }
    double value = Numbers.seconds(tokens, tokens.advance());
    tokens.expect(TokenKind.RIGHT_PAREN, "fill modifier", "\")\"");
    return negative ? -value : value;
  }

  /** {@code ( [label {, label}] [,] )} for by/without/on/ignoring/group_x. */
  static List<String> parseLabelList(TokenStream tokens) {
    if (!tokens.is(TokenKind.LEFT_PAREN)) {
      throw tokens.unexpected("grouping opts", "\"(\"");
    }
    tokens.advance();
    List<String> labels = new ArrayList<>();
    while (!tokens.is(TokenKind.RIGHT_PAREN)) {
      Token label = tokens.current();
      if (label.kind() == TokenKind.IDENTIFIER) {
        labels.add(label.text());
      } else if (label.kind() == TokenKind.STRING) {
        if (label.value().isEmpty() || SelectorParser.hasSurrogateEscape(label.value())) {
          throw tokens.error(
              label,
              "invalid label name for grouping: "
                  + io.argus.promql.printer.GoQuote.quote(label.value()));
        }
        labels.add(label.value());
      } else {
        throw tokens.unexpected("grouping opts", "label");
      }
      tokens.advance();
      if (tokens.is(TokenKind.COMMA)) {
        tokens.advance();
      } else if (!tokens.is(TokenKind.RIGHT_PAREN)) {
        throw tokens.unexpected("grouping opts", "\",\" or \")\"");
      }
    }
    tokens.advance();
    return labels;
  }
}
