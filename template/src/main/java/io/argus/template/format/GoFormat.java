package io.argus.template.format;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's {@code fmt.Sprint}, {@code Sprintln}, {@code Sprintf} and {@code strconv} over template
 * values: {@link String}, {@link Long} (Go's int), {@link Double} (float64), {@link Boolean},
 * {@link Map} (printed with sorted keys, as Go does), {@link List} and arrays, null (Go's nil) and
 * other objects (their {@code toString()}).
 */
public final class GoFormat {

  private GoFormat() {}

  /** {@code fmt.Sprint(value)}, i.e. {@code %v}. */
  public static String formatValue(Object value) {
    StringBuilder out = new StringBuilder();
    appendValue(out, value);
    return out.toString();
  }

  /** {@code strconv.FormatFloat(value, format, precision, 64)}; precision -1 is the shortest. */
  public static String formatFloat(double value, char format, int precision) {
    return FloatFormat.format(value, format, precision);
  }

  /** {@code fmt.Sprint}: operands printed with {@code %v}, a space between two non-strings. */
  public static String sprint(List<?> arguments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      Object argument = arguments.get(i);
      if (i > 0 && !(argument instanceof String) && !(arguments.get(i - 1) instanceof String)) {
        out.append(' ');
      }
      appendValue(out, argument);
    }
    return out.toString();
  }

  /** {@code fmt.Sprintln}: operands separated by spaces, then a newline. */
  public static String sprintln(List<?> arguments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      appendValue(out, arguments.get(i));
    }
    return out.append('\n').toString();
  }

  /** {@code fmt.Sprintf}, with Go's notation for bad verbs, missing and extra arguments. */
  public static String sprintf(String format, List<?> arguments) {
    return new Printf(format, arguments).run();
  }

  /** {@code strconv.Quote}: a double-quoted Go string literal. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 0x0b -> out.append("\\v");
                default -> {
                  if (c < 0x20 || c == 0x7f) {
                    out.append(String.format("\\x%02x", c));
                  } else if (!Character.isDefined(c) || Character.getType(c) == Character.UNASSIGNED
                      || (c >= 0x80 && c < 0xa0)) {
                    out.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /** The Go type name of a template value, as {@code %T} and error notations print it. */
  public static String typeName(Object value) {
    return switch (value) {
      case null -> "<nil>";
      case String ignored -> "string";
      case Long ignored -> "int";
      case Integer ignored -> "int";
      case Double ignored -> "float64";
      case Float ignored -> "float32";
      case Boolean ignored -> "bool";
      case Map<?, ?> map -> allStrings(map.values()) ? "map[string]string" : "map[string]interface {}";
      case List<?> list -> allStrings(list) ? "[]string" : "[]interface {}";
      default -> value.getClass().getSimpleName();
    };
  }

  private static boolean allStrings(Iterable<?> values) {
    for (Object value : values) {
      if (!(value instanceof String)) {
        return false;
      }
    }
    return true;
  }

  static void appendValue(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("<nil>");
      case String string -> out.append(string);
      case Double number -> out.append(FloatFormat.format(number, 'g', -1));
      case Float number -> out.append(FloatFormat.format(number, 'g', -1));
      case Map<?, ?> map -> {
        out.append("map[");
        boolean first = true;
        for (Map.Entry<?, ?> entry : sorted(map).entrySet()) {
          if (!first) {
            out.append(' ');
          }
          first = false;
          appendValue(out, entry.getKey());
          out.append(':');
          appendValue(out, entry.getValue());
        }
        out.append(']');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(' ');
          }
          appendValue(out, list.get(i));
        }
        out.append(']');
      }
      default -> {
        if (value.getClass().isArray()) {
          appendValue(out, arrayToList(value));
        } else {
          out.append(value);
        }
      }
    }
  }

  /** A map's entries ordered by key as Go's fmt orders them (strings and numbers naturally). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Map<Object, Object> sorted(Map<?, ?> map) {
    TreeMap<Object, Object> sorted =
        new TreeMap<>(
            (a, b) -> {
              if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
                return ca.compareTo(b);
              }
              return String.valueOf(a).compareTo(String.valueOf(b));
            });
    sorted.putAll(map);
    return sorted;
  }

  static List<Object> arrayToList(Object array) {
    int length = Array.getLength(array);
    List<Object> list = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      list.add(Array.get(array, i));
    }
    return list;
  }

  static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
