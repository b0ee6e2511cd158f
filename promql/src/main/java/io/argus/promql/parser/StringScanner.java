package io.argus.promql.parser;

import io.argus.promql.ast.PositionRange;
import io.argus.promql.printer.GoQuote;

/**
 * Reads PromQL string literals for the {@link Lexer}: {@code "…"} and {@code '…'} with Go's escapes
 * (resolved through a {@link StringDecoder}, so byte escapes that are not UTF-8 survive as
 * surrogate escapes) and raw {@code `…`} strings, whose carriage returns Go drops. Errors use
 * Prometheus' wording and point at the start of the literal, as Prometheus' do.
 */
final class StringScanner {

  private final String query;
  private final char[] input;
  private int position;

  StringScanner(String query, char[] input) {
    this.query = query;
    this.input = input;
  }

  /** The literal whose opening quote is at {@code start}; the token's end is where it stops. */
  Token scan(int start, char quote) {
    position = start + 1;
    return quote == '`' ? raw(start) : quoted(start, quote);
  }

  private Token quoted(int start, char quote) {
    StringDecoder decoder = new StringDecoder();
    while (true) {
      if (position >= input.length || input[position] == '\n') {
        throw error(start, "unterminated quoted string");
      }
      char c = input[position++];
      if (c == quote) {
        break;
      }
      if (c == '\\') {
        escape(decoder, quote, start);
      } else if (Character.isHighSurrogate(c)
          && position < input.length
          && Character.isLowSurrogate(input[position])) {
        decoder.appendCodePoint(Character.toCodePoint(c, input[position++]));
      } else {
        decoder.appendCodePoint(c);
      }
    }
    return new Token(
        TokenKind.STRING, start, position, query.substring(start, position), decoder.toString());
  }

  /** Errors point at the start of the string ({@code stringStart}), as Prometheus' do. */
  private void escape(StringDecoder decoder, char quote, int stringStart) {
    int escapeStart = stringStart;
    if (position >= input.length) {
      throw error(escapeStart, "escape sequence not terminated");
    }
    char c = input[position++];
    switch (c) {
      case 'a' -> decoder.appendCodePoint(0x07);
      case 'b' -> decoder.appendCodePoint('\b');
      case 'f' -> decoder.appendCodePoint('\f');
      case 'n' -> decoder.appendCodePoint('\n');
      case 'r' -> decoder.appendCodePoint('\r');
      case 't' -> decoder.appendCodePoint('\t');
      case 'v' -> decoder.appendCodePoint(0x0B);
      case '\\' -> decoder.appendCodePoint('\\');
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        position--;
        int value = digits(escapeStart, 3, 8);
        if (value > 255) {
          throw error(escapeStart, "escape sequence is an invalid Unicode code point " + GoQuote.describeRune(value));
        }
        decoder.appendByte(value);
      }
      case 'x' -> decoder.appendByte(digits(escapeStart, 2, 16));
      case 'u', 'U' -> {
        int value = digits(escapeStart, c == 'u' ? 4 : 8, 16);
        if (value > 0x10FFFF || (value >= 0xD800 && value < 0xE000)) {
          throw error(escapeStart, "escape sequence is an invalid Unicode code point " + GoQuote.describeRune(value & 0x7FFFFFFF));
        }
        decoder.appendCodePoint(value);
      }
      default -> {
        if (c == quote) {
          decoder.appendCodePoint(c);
        } else {
          throw error(escapeStart, "unknown escape sequence " + GoQuote.describeRune(c));
        }
      }
    }
  }

  private int digits(int escapeStart, int count, int base) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      if (position >= input.length) {
        throw error(escapeStart, "escape sequence not terminated");
      }
      char c = input[position];
      int digit = Character.digit(c, base);
      if (digit < 0) {
        if (c == '\n') {
          throw error(escapeStart, "escape sequence not terminated");
        }
        throw error(escapeStart, "illegal character " + GoQuote.describeRune(c) + " in escape sequence");
      }
      value = value * base + digit;
      position++;
    }
    return (int) Math.min(value, Integer.MAX_VALUE);
  }

  private Token raw(int start) {
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= input.length) {
        throw error(start, "unterminated raw string");
      }
      char c = input[position++];
      if (c == '`') {
        break;
      }
      if (c != '\r') { // Go drops carriage returns from raw strings
        value.append(c);
      }
    }
    return new Token(
        TokenKind.STRING, start, position, query.substring(start, position), value.toString());
  }


  private ParseException error(int start, String detail) {
    return new ParseException(query, new PositionRange(start, input.length), detail);
  }
}
