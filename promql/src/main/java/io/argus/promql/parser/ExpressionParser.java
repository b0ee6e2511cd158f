package io.argus.promql.parser;

import io.argus.promql.ast.AggregateExpr;
import io.argus.promql.ast.AggregationOperator;
import io.argus.promql.ast.BinaryExpr;
import io.argus.promql.ast.BinaryOperator;
import io.argus.promql.ast.Call;
import io.argus.promql.ast.Expr;
import io.argus.promql.ast.FunctionSignature;
import io.argus.promql.ast.Functions;
import io.argus.promql.ast.NumberLiteral;
import io.argus.promql.ast.ParenExpr;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.StringLiteral;
import io.argus.promql.ast.UnaryExpr;
import io.argus.promql.ast.ValueType;
import io.argus.promql.ast.VectorMatching;
import io.argus.promql.printer.GoQuote;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recursive descent with precedence climbing for binary operators. Precedence and associativity
 * come from {@link BinaryOperator}; a unary sign binds like Prometheus' {@code %prec MUL} (tighter
 * than {@code * / %}, looser than {@code ^}, so {@code -2 ^ 2} is {@code -(2 ^ 2)}); the postfix
 * modifiers ({@code [..]}, {@code offset}, {@code @}, {@code anchored}, {@code smoothed}) bind
 * tightest, to the primary before them.
 *
 * <p>Syntax errors are thrown where they are found. Type errors are left to {@link TypeChecker},
 * which runs over the finished tree in Prometheus' order, so that a query with both reports the
 * syntax error as Prometheus does. Facts the tree cannot hold (vector matching written between a
 * scalar and a vector, whose matching the tree drops) are handed to it in {@link #deferredErrors}.
 */
final class ExpressionParser {

  private final TokenStream tokens;
  private final SelectorParser selectors;
  private final ModifierParser modifiers;
  private final Map<Expr, String> deferredErrors = new IdentityHashMap<>();

  ExpressionParser(TokenStream tokens) {
    this.tokens = tokens;
    this.selectors = new SelectorParser(tokens);
    this.modifiers = new ModifierParser(tokens);
  }

  /** Errors for nodes the type checker must report when it reaches them, by node identity. */
  Map<Expr, String> deferredErrors() {
    return deferredErrors;
  }

  /** A whole query: one expression, then the end of input. */
  Expr parseQuery() {
    if (tokens.is(TokenKind.EOF)) {
      throw tokens.error(new PositionRange(0, 0), "no expression found in input");
    }
    Expr expr = parseExpression(0);
    if (!tokens.is(TokenKind.EOF)) {
      throw tokens.unexpected(null, null);
    }
    return expr;
  }

  Expr parseExpression(int minPrecedence) {
    tokens.enter();
    int levels = 1; // each operator of a left-associative chain nests the tree one level deeper
    try {
      Expr left = parseUnary();
      while (true) {
        BinaryOperator operator = binaryOperator(tokens.current());
        if (operator == null || operator.precedence() < minPrecedence) {
          return left;
        }
        tokens.advance();
        BinaryModifiers binaryModifiers = BinaryModifiers.parse(tokens, operator);
        int next = operator.isRightAssociative() ? operator.precedence() : operator.precedence() + 1;
        Expr right = parseExpression(next);
        left = binary(operator, left, right, binaryModifiers);
        tokens.enter();
        levels++;
      }
    } finally {
      tokens.exit(levels);
    }
  }

  private Expr binary(BinaryOperator operator, Expr left, Expr right, BinaryModifiers parsed) {
    VectorMatching matching = parsed.matching();
    if (operator.isSetOperator() && matching.cardinality() == VectorMatching.Cardinality.ONE_TO_ONE) {
      matching =
          new VectorMatching(
              VectorMatching.Cardinality.MANY_TO_MANY,
              matching.matchingLabels(),
              matching.on(),
              matching.include(),
              matching.fillLeft(),
              matching.fillRight());
    }
    boolean bothVectors =
        left.type() == ValueType.INSTANT_VECTOR && right.type() == ValueType.INSTANT_VECTOR;
    PositionRange position = left.position().union(right.position());
    BinaryExpr result =
        new BinaryExpr(
            operator, left, right, parsed.returnBool(), bothVectors ? matching : null, position);
    if (!bothVectors && !matching.matchingLabels().isEmpty()) {
      deferredErrors.put(result, "vector matching only allowed between instant vectors");
    } else if (!bothVectors && matching.hasFill()) {
      deferredErrors.put(result, "fill modifiers only allowed between instant vectors");
    }
    return result;
  }

  private Expr parseUnary() {
    if (tokens.is(TokenKind.ADD) || tokens.is(TokenKind.SUB)) {
      Token sign = tokens.advance();
      boolean negative = sign.kind() == TokenKind.SUB;
      Expr operand = parseExpression(BinaryOperator.POW.precedence());
      PositionRange position = new PositionRange(sign.start(), operand.position().end());
      if (operand instanceof NumberLiteral number) {
        return new NumberLiteral(negative ? -number.value() : number.value(), position);
      }
      return new UnaryExpr(negative, operand, position);
    }
    return modifiers.parsePostfix(parsePrimary());
  }

  private Expr parsePrimary() {
    Token token = tokens.current();
    switch (token.kind()) {
      case NUMBER -> {
        tokens.advance();
        return new NumberLiteral(Numbers.numberValue(tokens, token), range(token));
      }
      case DURATION -> {
        tokens.advance();
        return new NumberLiteral(Numbers.durationSeconds(tokens, token), range(token));
      }
      case STRING -> {
        tokens.advance();
        return new StringLiteral(token.value(), range(token));
      }
      case LEFT_PAREN -> {
        tokens.advance();
        Expr inner = parseExpression(0);
        Token close = tokens.expect(TokenKind.RIGHT_PAREN, null, null);
        return new ParenExpr(inner, new PositionRange(token.start(), close.end()));
      }
      case LEFT_BRACE -> {
        return selectors.parseVectorSelector(null);
      }
      case IDENTIFIER -> {
        return parseWord(token);
      }
      case METRIC_IDENTIFIER -> {
        tokens.advance();
        return selectors.parseVectorSelector(token);
      }
      default -> throw tokens.unexpected(null, null);
    }
  }

  private Expr parseWord(Token word) {
    String lower = Keywords.lowerCase(word.text());
    TokenKind next = tokens.peek().kind();
    boolean groupingFollows =
        tokens.peek().isWord("by") || tokens.peek().isWord("without");
    if (Keywords.isAggregator(lower) && (next == TokenKind.LEFT_PAREN || groupingFollows)) {
      tokens.advance();
      return parseAggregation(word, AggregationOperator.forKeyword(lower));
    }
    if (next == TokenKind.LEFT_PAREN && Keywords.canBeMetricName(lower)) {
      tokens.advance();
      return parseCall(word);
    }
    if (!Keywords.canBeMetricName(lower)) {
      throw tokens.unexpected(null, null);
    }
    tokens.advance();
    return selectors.parseVectorSelector(word);
  }

  private Expr parseCall(Token name) {
    String functionName = name.text();
    FunctionSignature function = Functions.lookup(functionName);
    if (function == null && isQueryParameterFunction(functionName)) {
      function = Functions.lookup(functionName.toLowerCase(Locale.ROOT));
    }
    if (function == null) {
      throw tokens.error(name, "unknown function with name " + GoQuote.quote(functionName));
    }
    List<Expr> arguments = parseArguments(null);
    return new Call(function, arguments, new PositionRange(name.start(), tokens.lastClosing()));
  }

  /** {@code start}, {@code end}, {@code step} and {@code range} are keywords, so any case works. */
  private static boolean isQueryParameterFunction(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("start") || lower.equals("end") || lower.equals("step") || lower.equals("range");
  }

  /** {@code ( [expr {, expr}] )}; the current token is the opening parenthesis. */
  private List<Expr> parseArguments(String context) {
    tokens.expect(TokenKind.LEFT_PAREN, context, null);
    List<Expr> arguments = new ArrayList<>();
    if (tokens.is(TokenKind.RIGHT_PAREN)) {
      tokens.advance();
      return arguments;
    }
    while (true) {
      arguments.add(parseExpression(0));
      if (tokens.is(TokenKind.COMMA)) {
        Token comma = tokens.advance();
        if (tokens.is(TokenKind.RIGHT_PAREN)) {
          throw tokens.error(comma, "trailing commas not allowed in function call args");
        }
      } else if (tokens.is(TokenKind.RIGHT_PAREN)) {
        tokens.advance();
        return arguments;
      } else {
        throw tokens.unexpected(context, null);
      }
    }
  }

  private Expr parseAggregation(Token operatorToken, AggregationOperator operator) {
    List<String> grouping = List.of();
    boolean without = false;
    boolean groupingWritten = false;
    if (tokens.isWord("by") || tokens.isWord("without")) {
      without = tokens.advance().isWord("without");
      grouping = BinaryModifiers.parseLabelList(tokens);
      groupingWritten = true;
    }
    if (!tokens.is(TokenKind.LEFT_PAREN)) {
      throw tokens.unexpected("aggregation", null);
    }
    List<Expr> arguments = parseArguments("aggregation");
    if (!groupingWritten && (tokens.isWord("by") || tokens.isWord("without"))) {
      without = tokens.advance().isWord("without");
      grouping = BinaryModifiers.parseLabelList(tokens);
    }
    PositionRange position = new PositionRange(operatorToken.start(), tokens.lastClosing());
    if (arguments.isEmpty()) {
      throw tokens.error(position, "no arguments for aggregate expression provided");
    }
    int expected = operator.parameterType() == null ? 1 : 2;
    if (arguments.size() != expected) {
      throw tokens.error(
          position,
          "wrong number of arguments for aggregate expression provided, expected "
              + expected
              + ", got "
              + arguments.size());
    }
    Expr parameter = expected == 2 ? arguments.get(0) : null;
    return new AggregateExpr(
        operator, arguments.get(expected - 1), parameter, grouping, without, position);
  }

  static BinaryOperator binaryOperator(Token token) {
    return switch (token.kind()) {
      case ADD -> BinaryOperator.ADD;
      case SUB -> BinaryOperator.SUB;
      case MUL -> BinaryOperator.MUL;
      case DIV -> BinaryOperator.DIV;
      case MOD -> BinaryOperator.MOD;
      case POW -> BinaryOperator.POW;
      case EQLC -> BinaryOperator.EQL;
      case NEQ -> BinaryOperator.NEQ;
      case LSS -> BinaryOperator.LSS;
      case LTE -> BinaryOperator.LTE;
      case GTR -> BinaryOperator.GTR;
      case GTE -> BinaryOperator.GTE;
      case TRIM_UPPER -> BinaryOperator.TRIM_UPPER;
      case TRIM_LOWER -> BinaryOperator.TRIM_LOWER;
      case IDENTIFIER -> {
        String lower = Keywords.lowerCase(token.text());
        yield switch (lower) {
          case "and" -> BinaryOperator.AND;
          case "or" -> BinaryOperator.OR;
          case "unless" -> BinaryOperator.UNLESS;
          case "atan2" -> BinaryOperator.ATAN2;
          default -> null;
        };
      }
      default -> null;
    };
  }

  private static PositionRange range(Token token) {
    return new PositionRange(token.start(), token.end());
  }
}
