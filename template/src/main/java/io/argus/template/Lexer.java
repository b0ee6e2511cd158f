package io.argus.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a template into tokens as Go's {@code text/template/parse} lexer does: text outside
 * {@code {{ }}}, trim markers ({@code {{- } and { -}}}, which remove the white space on their side),
 * comments ({@code {{/* … *}{@code /}}}, dropped), and the operands and punctuation of actions.
 */
final class Lexer {

  private static final Set<String> KEYWORDS =
      Set.of(
          "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue");

  private final String name;
  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int position;

  private Lexer(String name, String input) {
    this.name = name;
    this.input = input;
  }

  /** All tokens of {@code input}, ending with {@code EOF}. */
  static List<Token> lex(String name, String input) {
    Lexer lexer = new Lexer(name, input);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    boolean trimNextText = false;
    while (true) {
      int delimiter = input.indexOf("{{", position);
      int textEnd = delimiter < 0 ? input.length() : delimiter;
      boolean trimLeft = delimiter >= 0 && hasLeftTrimMarker(delimiter);
      String text = input.substring(position, textEnd);
      int textStart = position;
      if (trimNextText) {
        int skipped = leadingSpace(text);
        text = text.substring(skipped);
        textStart += skipped;
      }
      if (trimLeft) {
        text = text.substring(0, text.length() - trailingSpace(text));
      }
      if (!text.isEmpty()) {
        tokens.add(new Token(TokenKind.TEXT, text, textStart, false));
      }
      if (delimiter < 0) {
        tokens.add(new Token(TokenKind.EOF, "", input.length(), false));
        return;
      }
      position = delimiter + (trimLeft ? 4 : 2);
      trimNextText = lexAction(delimiter);
    }
  }

  private boolean hasLeftTrimMarker(int delimiter) {
    return delimiter + 3 < input.length()
        && input.charAt(delimiter + 2) == '-'
        && isSpace(input.charAt(delimiter + 3));
  }

  /** Lexes one action starting after its left delimiter; returns whether it ended with a trim. */
  private boolean lexAction(int delimiterOffset) {
    int afterSpace = skipSpace(position);
    if (input.startsWith("/*", afterSpace)) {
      return lexComment(delimiterOffset, afterSpace);
    }
    tokens.add(new Token(TokenKind.LEFT_DELIMITER, "{{", delimiterOffset, false));
    int parenDepth = 0;
    while (true) {
      int start = position;
      position = skipSpace(position);
      boolean space = position > start;
      if (position >= input.length()) {
        throw error(delimiterOffset, "unclosed action");
      }
      if (space && input.startsWith("-}}", position)) {
        tokens.add(new Token(TokenKind.RIGHT_DELIMITER, "}}", position, true));
        position += 3;
        return true;
      }
      if (input.startsWith("}}", position)) {
        if (parenDepth > 0) {
          throw error(position, "unclosed left paren");
        }
        tokens.add(new Token(TokenKind.RIGHT_DELIMITER, "}}", position, space));
        position += 2;
        return false;
      }
      char c = input.charAt(position);
      if (c == '\n' || c == '\r') {
        // Go allows newlines inside actions since 1.16; they are plain white space here.
        position++;
        continue;
      }
      int tokenStart = position;
      switch (c) {
        case '|' -> emitSingle(TokenKind.PIPE, space);
        case '(' -> {
          parenDepth++;
          emitSingle(TokenKind.LEFT_PAREN, space);
        }
        case ')' -> {
          parenDepth--;
          if (parenDepth < 0) {
            throw error(tokenStart, "unexpected right paren");
          }
          emitSingle(TokenKind.RIGHT_PAREN, space);
        }
        case ',' -> emitSingle(TokenKind.COMMA, space);
        case '=' -> emitSingle(TokenKind.ASSIGN, space);
        case ':' -> {
          if (!input.startsWith(":=", position)) {
            throw error(tokenStart, "expected :=");
          }
          position += 2;
          tokens.add(new Token(TokenKind.DECLARE, ":=", tokenStart, space));
        }
        case '"' -> lexQuoted('"', TokenKind.STRING, space);
        case '\'' -> lexQuoted('\'', TokenKind.CHARACTER, space);
        case '`' -> lexRawString(space);
        case '$' -> {
          position++;
          while (position < input.length() && isAlphanumeric(input.charAt(position))) {
            position++;
          }
          tokens.add(
              new Token(TokenKind.VARIABLE, input.substring(tokenStart, position), tokenStart, space));
        }
        case '.' -> lexDot(space);
        default -> {
          if (c == '+' || c == '-' || Character.isDigit(c)) {
            lexNumber(space);
          } else if (isAlphanumeric(c)) {
            lexIdentifier(space);
          } else {
            throw error(tokenStart, "unrecognized character in action: " + quoteRune(c));
          }
        }
      }
    }
  }

  private boolean lexComment(int delimiterOffset, int commentStart) {
    int end = input.indexOf("*/", commentStart + 2);
    if (end < 0) {
      throw error(delimiterOffset, "unclosed comment");
    }
    int after = end + 2;
    int closing = skipSpace(after);
    boolean trimRight = closing > after && input.startsWith("-}}", closing);
    if (trimRight) {
      position = closing + 3;
      return true;
    }
    if (!input.startsWith("}}", after)) {
      throw error(delimiterOffset, "comment ends before closing delimiter");
    }
    position = after + 2;
    return false;
  }

  private void emitSingle(TokenKind kind, boolean space) {
    tokens.add(new Token(kind, String.valueOf(input.charAt(position)), position, space));
    position++;
  }

  private void lexDot(boolean space) {
    int start = position;
    if (position + 1 < input.length() && Character.isDigit(input.charAt(position + 1))) {
      lexNumber(space);
      return;
    }
    position++;
    while (position < input.length() && isAlphanumeric(input.charAt(position))) {
      position++;
    }
    if (position == start + 1) {
      tokens.add(new Token(TokenKind.DOT, ".", start, space));
    } else {
      tokens.add(new Token(TokenKind.FIELD, input.substring(start, position), start, space));
    }
  }

  private void lexIdentifier(boolean space) {
    int start = position;
    while (position < input.length() && isAlphanumeric(input.charAt(position))) {
      position++;
    }
    String word = input.substring(start, position);
    TokenKind kind;
    if (KEYWORDS.contains(word)) {
      kind = TokenKind.KEYWORD;
    } else if (word.equals("true") || word.equals("false")) {
      kind = TokenKind.BOOL;
    } else if (word.equals("nil")) {
      kind = TokenKind.NIL;
    } else {
      kind = TokenKind.IDENTIFIER;
    }
    tokens.add(new Token(kind, word, start, space));
  }

  private void lexNumber(boolean space) {
    int start = position;
    if (input.charAt(position) == '+' || input.charAt(position) == '-') {
      position++;
    }
    while (position < input.length()) {
      char c = input.charAt(position);
      boolean exponentSign = (c == '+' || c == '-') && position > start && isExponentMarker(start);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
        position++;
      } else {
        break;
      }
    }
    String text = input.substring(start, position);
    if (position < input.length() && isAlphanumeric(input.charAt(position))) {
      throw error(start, "bad number syntax: \"" + text + "\"");
    }
    tokens.add(new Token(TokenKind.NUMBER, text, start, space));
  }

  private boolean isExponentMarker(int numberStart) {
    char previous = input.charAt(position - 1);
    boolean hex = input.regionMatches(true, numberStart, "0x", 0, 2)
        || input.regionMatches(true, numberStart + 1, "0x", 0, 2);
    return hex ? (previous == 'p' || previous == 'P') : (previous == 'e' || previous == 'E');
  }

  private void lexQuoted(char quote, TokenKind kind, boolean space) {
    int start = position;
    position++;
    while (true) {
      if (position >= input.length() || input.charAt(position) == '\n') {
        throw error(start, kind == TokenKind.STRING ? "unterminated quoted string" : "unterminated character constant");
      }
      char c = input.charAt(position);
      if (c == '\\') {
        position += 2;
        continue;
      }
      position++;
      if (c == quote) {
        break;
      }
    }
    tokens.add(new Token(kind, input.substring(start, position), start, space));
  }

  private void lexRawString(boolean space) {
    int start = position;
    int end = input.indexOf('`', position + 1);
    if (end < 0) {
      throw error(start, "unterminated raw quoted string");
    }
    position = end + 1;
    tokens.add(new Token(TokenKind.RAW_STRING, input.substring(start, position), start, space));
  }

  private int skipSpace(int from) {
    int at = from;
    while (at < input.length() && (input.charAt(at) == ' ' || input.charAt(at) == '\t' || input.charAt(at) == '\r' || input.charAt(at) == '\n')) {
      at++;
    }
    return at;
  }

  private static int leadingSpace(String text) {
    int count = 0;
    while (count < text.length() && isSpace(text.charAt(count))) {
      count++;
    }
    return count;
  }

  private static int trailingSpace(String text) {
    int count = 0;
    while (count < text.length() && isSpace(text.charAt(text.length() - 1 - count))) {
      count++;
    }
    return count;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isAlphanumeric(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  static String quoteRune(char c) {
    return c < ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private TemplateParseException error(int offset, String message) {
    return TemplateParseException.at(name, input, offset, message);
  }
}
