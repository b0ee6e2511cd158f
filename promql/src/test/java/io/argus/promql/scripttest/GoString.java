package io.argus.promql.scripttest;

/** Go string literals as the test language writes them after {@code expect string}. */
final class GoString {

  private GoString() {}

  static String unquote(String literal) {
    String text = literal.strip();
    if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
      return text.substring(1, text.length() - 1);
    }
    if (text.length() < 2 || !(text.startsWith("\"") && text.endsWith("\""))) {
      throw new IllegalArgumentException("not a Go string literal: " + literal);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000b');
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        case '\'' -> out.append('\'');
        case 'x' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 9), 16));
          i += 8;
        }
        default -> {
          if (next >= '0' && next <= '7') {
            out.append((char) Integer.parseInt(text.substring(i, i + 3), 8));
            i += 2;
          } else {
            throw new IllegalArgumentException("unknown escape \\" + next + " in " + literal);
          }
        }
      }
    }
    return out.toString();
  }
}
