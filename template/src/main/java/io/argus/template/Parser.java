package io.argus.template;

import io.argus.template.Node.Branch;
import io.argus.template.Node.BranchKind;
import io.argus.template.Node.ChainOperand;
import io.argus.template.Node.Command;
import io.argus.template.Node.ConstantOperand;
import io.argus.template.Node.DotOperand;
import io.argus.template.Node.FieldOperand;
import io.argus.template.Node.FunctionOperand;
import io.argus.template.Node.NilOperand;
import io.argus.template.Node.Operand;
import io.argus.template.Node.Pipeline;
import io.argus.template.Node.PipelineOperand;
import io.argus.template.Node.Sequence;
import io.argus.template.Node.VariableOperand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser over {@link Lexer} tokens with Go's grammar and checks: functions must
 * be defined, variables declared before use, {@code break}/{@code continue} only inside {@code
 * range}, {@code define} only at the top level.
 */
final class Parser {

  /** The main tree and the {@code define}d (or {@code block}) templates of one source text. */
  record Result(Sequence main, Map<String, Sequence> definitions) {}

  private final String name;
  private final String source;
  private final List<Token> tokens;
  private final Set<String> functionNames;
  private final Map<String, Sequence> definitions = new LinkedHashMap<>();
  private final List<String> variables = new ArrayList<>();
  private int position;
  private int depth;
  private int rangeDepth;
  private String stopKeyword;

  private Parser(String name, String source, Set<String> functionNames) {
    this.name = name;
    this.source = source;
    this.tokens = Lexer.lex(name, source);
    this.functionNames = functionNames;
  }

  static Result parse(String name, String source, Set<String> functionNames) {
    Parser parser = new Parser(name, source, functionNames);
    parser.variables.add("$");
    Sequence main = parser.sequence(0);
    return new Result(main, parser.definitions);
  }

  private Sequence sequence(int offset) {
    List<Node> nodes = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token.kind() == TokenKind.EOF) {
        if (depth > 0) {
          throw error(token.offset(), "unexpected EOF");
        }
        stopKeyword = null;
        break;
      }
      if (token.kind() == TokenKind.TEXT) {
        next();
        nodes.add(new Node.Text(token.offset(), token.text()));
        continue;
      }
      Token keyword = peekAt(1);
      if (keyword.kind() == TokenKind.KEYWORD
          && (keyword.text().equals("end") || keyword.text().equals("else"))) {
        if (depth == 0) {
          throw error(keyword.offset(), "unexpected {{" + keyword.text() + "}}");
        }
        next();
        next();
        stopKeyword = keyword.text();
        break;
      }
      Node node = action();
      if (node != null) {
        nodes.add(node);
      }
    }
    return new Sequence(offset, List.copyOf(nodes));
  }

  private Node action() {
    Token open = expect(TokenKind.LEFT_DELIMITER, "action");
    Token token = peek();
    if (token.kind() == TokenKind.KEYWORD) {
      next();
      switch (token.text()) {
        case "if" -> {
          return branch(BranchKind.IF, token.offset());
        }
        case "range" -> {
          return branch(BranchKind.RANGE, token.offset());
        }
        case "with" -> {
          return branch(BranchKind.WITH, token.offset());
        }
        case "define" -> {
          define(token);
          return null;
        }
        case "template" -> {
          return invoke(token);
        }
        case "block" -> {
          return block(token);
        }
        case "break", "continue" -> {
          if (rangeDepth == 0) {
            throw error(token.offset(), "{{" + token.text() + "}} outside {{range}}");
          }
          expect(TokenKind.RIGHT_DELIMITER, token.text());
          return token.text().equals("break")
              ? new Node.Break(token.offset())
              : new Node.Continue(token.offset());
        }
        default -> throw error(token.offset(), "unexpected " + describe(token));
      }
    }
    Pipeline pipeline = pipeline("command", TokenKind.RIGHT_DELIMITER);
    expect(TokenKind.RIGHT_DELIMITER, "command");
    return new Node.Action(open.offset(), pipeline);
  }

  private Branch branch(BranchKind kind, int offset) {
    String context = kind.name().toLowerCase();
    int scope = variables.size();
    depth++;
    if (kind == BranchKind.RANGE) {
      rangeDepth++;
    }
    Pipeline pipeline = pipeline(context, TokenKind.RIGHT_DELIMITER);
    expect(TokenKind.RIGHT_DELIMITER, context);
    Sequence body = sequence(peek().offset());
    if (kind == BranchKind.RANGE) {
      rangeDepth--;
    }
    Sequence otherwise = null;
    if ("else".equals(stopKeyword)) {
      Token chained = peek();
      boolean elseChain =
          chained.kind() == TokenKind.KEYWORD
              && kind != BranchKind.RANGE
              && chained.text().equals(context);
      if (elseChain) {
        // "{{else if x}}" is "{{else}}{{if x}}…{{end}}" whose {{end}} is shared with ours.
        next();
        depth--;
        Branch nested = branch(kind, chained.offset());
        depth++;
        otherwise = new Sequence(chained.offset(), List.of(nested));
      } else {
        expect(TokenKind.RIGHT_DELIMITER, "else");
        otherwise = sequence(peek().offset());
        if (!"end".equals(stopKeyword)) {
          throw error(peek().offset(), "expected end; found {{else}}");
        }
        expect(TokenKind.RIGHT_DELIMITER, "end");
      }
    } else {
      expect(TokenKind.RIGHT_DELIMITER, "end");
    }
    depth--;
    variables.subList(Math.min(scope, variables.size()), variables.size()).clear();
    return new Branch(offset, kind, pipeline, body, otherwise);
  }

  private void define(Token keyword) {
    if (depth > 0) {
      throw error(keyword.offset(), "unexpected {{define}} inside a block");
    }
    String definedName = templateName(keyword);
    expect(TokenKind.RIGHT_DELIMITER, "define clause");
    List<String> outer = new ArrayList<>(variables);
    variables.clear();
    variables.add("$");
    depth++;
    Sequence body = sequence(peek().offset());
    depth--;
    if (!"end".equals(stopKeyword)) {
      throw error(peek().offset(), "unexpected {{else}} in define");
    }
    expect(TokenKind.RIGHT_DELIMITER, "end");
    variables.clear();
    variables.addAll(outer);
    definitions.put(definedName, body);
  }

  private Node invoke(Token keyword) {
    String invoked = templateName(keyword);
    Pipeline pipeline = null;
    if (peek().kind() != TokenKind.RIGHT_DELIMITER) {
      pipeline = pipeline("template clause", TokenKind.RIGHT_DELIMITER);
    }
    expect(TokenKind.RIGHT_DELIMITER, "template clause");
    return new Node.Invoke(keyword.offset(), invoked, pipeline);
  }

  private Node block(Token keyword) {
    String blockName = templateName(keyword);
    Pipeline pipeline = pipeline("block clause", TokenKind.RIGHT_DELIMITER);
    expect(TokenKind.RIGHT_DELIMITER, "block clause");
    List<String> outer = new ArrayList<>(variables);
    variables.clear();
    variables.add("$");
    depth++;
    Sequence body = sequence(peek().offset());
    depth--;
    if (!"end".equals(stopKeyword)) {
      throw error(peek().offset(), "unexpected {{else}} in block clause");
    }
    expect(TokenKind.RIGHT_DELIMITER, "end");
    variables.clear();
    variables.addAll(outer);
    definitions.put(blockName, body);
    return new Node.Invoke(keyword.offset(), blockName, pipeline);
  }

  private String templateName(Token keyword) {
    Token token = next();
    if (token.kind() != TokenKind.STRING && token.kind() != TokenKind.RAW_STRING) {
      throw error(token.offset(), "unexpected " + describe(token) + " in " + keyword.text() + " clause");
    }
    return Strings.unquote(token.text(), () -> error(token.offset(), "invalid quoted string"));
  }

  private Pipeline pipeline(String context, TokenKind end) {
    int start = peek().offset();
    List<String> declared = new ArrayList<>();
    boolean assign = false;
    if (peek().kind() == TokenKind.VARIABLE) {
      Token first = peek();
      Token after = peekAt(1);
      if (after.kind() == TokenKind.DECLARE || after.kind() == TokenKind.ASSIGN) {
        next();
        next();
        assign = after.kind() == TokenKind.ASSIGN;
        declared.add(first.text());
      } else if (after.kind() == TokenKind.COMMA && context.equals("range")) {
        Token second = peekAt(2);
        Token operator = peekAt(3);
        if (second.kind() != TokenKind.VARIABLE
            || (operator.kind() != TokenKind.DECLARE && operator.kind() != TokenKind.ASSIGN)) {
          throw error(after.offset(), "range can only initialize variables");
        }
        position += 4;
        assign = operator.kind() == TokenKind.ASSIGN;
        declared.add(first.text());
        declared.add(second.text());
      } else if (after.kind() == TokenKind.COMMA) {
        throw error(after.offset(), "too many declarations in " + context);
      }
      for (String variable : declared) {
        if (assign && !variables.contains(variable)) {
          throw error(first.offset(), "undefined variable \"" + variable + "\"");
        }
      }
    }
    List<Command> commands = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token.kind() == end || token.kind() == TokenKind.EOF) {
        break;
      }
      commands.add(command());
      if (peek().kind() == TokenKind.PIPE) {
        Token pipe = next();
        if (peek().kind() == end) {
          throw error(pipe.offset(), "missing command after |");
        }
      }
    }
    if (commands.isEmpty()) {
      throw error(start, "missing value for " + context);
    }
    if (!assign) {
      variables.addAll(declared);
    }
    return new Pipeline(start, assign, List.copyOf(declared), List.copyOf(commands), text(start));
  }

  private Command command() {
    int start = peek().offset();
    List<Operand> arguments = new ArrayList<>();
    while (true) {
      Operand operand = operand();
      if (operand == null) {
        Token token = peek();
        throw error(token.offset(), "unexpected " + describe(token) + " in operand");
      }
      arguments.add(operand);
      Token token = peek();
      TokenKind kind = token.kind();
      if (kind == TokenKind.RIGHT_DELIMITER
          || kind == TokenKind.RIGHT_PAREN
          || kind == TokenKind.PIPE) {
        break;
      }
      if (!token.spaceBefore()) {
        throw error(token.offset(), "unexpected " + describe(token) + " in operand");
      }
    }
    return new Command(start, List.copyOf(arguments), text(start));
  }

  private Operand operand() {
    Token first = peek();
    Operand term = term();
    if (term == null) {
      return null;
    }
    if (peek().kind() != TokenKind.FIELD || peek().spaceBefore()) {
      return term;
    }
    List<String> fields = new ArrayList<>();
    while (peek().kind() == TokenKind.FIELD && !peek().spaceBefore()) {
      fields.add(next().text().substring(1));
    }
    String chainSource = text(first.offset());
    return switch (term) {
      case FieldOperand field -> {
        List<String> all = new ArrayList<>(field.fields());
        all.addAll(fields);
        yield new FieldOperand(term.offset(), List.copyOf(all), chainSource);
      }
      case VariableOperand variable -> {
        List<String> all = new ArrayList<>(variable.fields());
        all.addAll(fields);
        yield new VariableOperand(term.offset(), variable.name(), List.copyOf(all), chainSource);
      }
      case ConstantOperand constant ->
          throw error(constant.offset(), "unexpected . after term \"" + constant.source() + "\"");
      case NilOperand nil -> throw error(nil.offset(), "unexpected . after term \"nil\"");
      default -> new ChainOperand(term.offset(), term, List.copyOf(fields), chainSource);
    };
  }

  private Operand term() {
    Token token = peek();
    int offset = token.offset();
    switch (token.kind()) {
      case IDENTIFIER -> {
        next();
        if (!functionNames.contains(token.text())) {
          throw error(offset, "function \"" + token.text() + "\" not defined");
        }
        return new FunctionOperand(offset, token.text(), token.text());
      }
      case DOT -> {
        next();
        return new DotOperand(offset, ".");
      }
      case NIL -> {
        next();
        return new NilOperand(offset, "nil");
      }
      case VARIABLE -> {
        next();
        if (!variables.contains(token.text())) {
          throw error(offset, "undefined variable \"" + token.text() + "\"");
        }
        return new VariableOperand(offset, token.text(), List.of(), token.text());
      }
      case FIELD -> {
        next();
        return new FieldOperand(offset, List.of(token.text().substring(1)), token.text());
      }
      case BOOL -> {
        next();
        return new ConstantOperand(offset, Boolean.valueOf(token.text()), token.text());
      }
      case NUMBER -> {
        next();
        Object number = Strings.parseNumber(token.text());
        if (number == null) {
          throw error(offset, "illegal number syntax: \"" + token.text() + "\"");
        }
        return new ConstantOperand(offset, number, token.text());
      }
      case CHARACTER -> {
        next();
        String value = Strings.unquote(token.text(), () -> error(offset, "malformed character constant: " + token.text()));
        if (value.codePointCount(0, value.length()) != 1) {
          throw error(offset, "malformed character constant: " + token.text());
        }
        return new ConstantOperand(offset, (long) value.codePointAt(0), token.text());
      }
      case STRING, RAW_STRING -> {
        next();
        String value = Strings.unquote(token.text(), () -> error(offset, "invalid syntax: " + token.text()));
        return new ConstantOperand(offset, value, token.text());
      }
      case LEFT_PAREN -> {
        next();
        Pipeline pipeline = pipeline("parenthesized pipeline", TokenKind.RIGHT_PAREN);
        expect(TokenKind.RIGHT_PAREN, "parenthesized pipeline");
        return new PipelineOperand(offset, pipeline, text(offset));
      }
      default -> {
        return null;
      }
    }
  }

  private Token peek() {
    return tokens.get(position);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(position + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token token = tokens.get(position);
    if (position < tokens.size() - 1) {
      position++;
    }
    return token;
  }

  private Token expect(TokenKind kind, String context) {
    Token token = next();
    if (token.kind() != kind) {
      throw error(token.offset(), "unexpected " + describe(token) + " in " + context);
    }
    return token;
  }

  /** The source from {@code start} to the end of the last consumed token. */
  private String text(int start) {
    Token last = tokens.get(Math.max(position - 1, 0));
    int end = Math.max(start, last.offset() + last.text().length());
    return source.substring(start, Math.min(end, source.length())).strip();
  }

  private static String describe(Token token) {
    return switch (token.kind()) {
      case EOF -> "EOF";
      case RIGHT_DELIMITER -> "\"}}\"";
      case LEFT_DELIMITER -> "\"{{\"";
      case TEXT -> "text";
      case KEYWORD -> "<" + token.text() + ">";
      default -> "\"" + token.text() + "\"";
    };
  }

  private TemplateParseException error(int offset, String detail) {
    return TemplateParseException.at(name, source, offset, detail);
  }
}
