package io.argus.template;

import io.argus.template.format.GoFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's predefined template functions. {@code and} and {@code or} are listed so the parser accepts
 * them, but the executor evaluates them itself because they short-circuit.
 */
final class Builtins {

  private Builtins() {}

  static Map<String, TemplateFunction> all() {
    Map<String, TemplateFunction> functions = new LinkedHashMap<>();
    functions.put("and", Builtins::lastOrFirstFalse);
    functions.put("or", Builtins::lastOrFirstTrue);
    functions.put("not", arguments -> !Values.isTrue(exactlyOne("not", arguments)));
    functions.put("len", arguments -> length(exactlyOne("len", arguments)));
    functions.put("index", Builtins::index);
    functions.put("slice", Builtins::slice);
    functions.put("print", GoFormat::sprint);
    functions.put("println", GoFormat::sprintln);
    functions.put("printf", Builtins::printf);
    functions.put("html", arguments -> html(textOf(arguments)));
    functions.put("js", arguments -> javaScript(textOf(arguments)));
    functions.put("urlquery", arguments -> urlQuery(textOf(arguments)));
    functions.put("call", Builtins::call);
    functions.put("eq", Builtins::equal);
    functions.put("ne", arguments -> !Values.basicEquals(two("ne", arguments, 0), arguments.get(1)));
    functions.put("lt", arguments -> lessThan(two("lt", arguments, 0), arguments.get(1)));
    functions.put("le", arguments -> lessOrEqual(two("le", arguments, 0), arguments.get(1)));
    functions.put("gt", arguments -> !lessOrEqual(two("gt", arguments, 0), arguments.get(1)));
    functions.put("ge", arguments -> !lessThan(two("ge", arguments, 0), arguments.get(1)));
    return functions;
  }

  private static Object lastOrFirstFalse(List<Object> arguments) {
    atLeastOne("and", arguments);
    for (Object argument : arguments) {
      if (!Values.isTrue(argument)) {
        return argument;
      }
    }
    return arguments.getLast();
  }

  private static Object lastOrFirstTrue(List<Object> arguments) {
    atLeastOne("or", arguments);
    for (Object argument : arguments) {
      if (Values.isTrue(argument)) {
        return argument;
      }
    }
    return arguments.getLast();
  }

  private static void atLeastOne(String name, List<Object> arguments) {
    if (arguments.isEmpty()) {
      throw new TemplateFunctionException(
          "wrong number of args for " + name + ": want at least 1 got 0");
    }
  }

  private static Object exactlyOne(String name, List<Object> arguments) {
    if (arguments.size() != 1) {
      throw new TemplateFunctionException(
          "wrong number of args for " + name + ": want 1 got " + arguments.size());
    }
    return arguments.getFirst();
  }

  private static Object two(String name, List<Object> arguments, int index) {
    if (arguments.size() != 2) {
      throw new TemplateFunctionException(
          "wrong number of args for " + name + ": want 2 got " + arguments.size());
    }
    return arguments.get(index);
  }

  private static boolean equal(List<Object> arguments) {
    if (arguments.size() < 2) {
      throw new TemplateFunctionException("missing argument for comparison");
    }
    Object first = arguments.getFirst();
    for (int i = 1; i < arguments.size(); i++) {
      if (Values.basicEquals(first, arguments.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean lessThan(Object left, Object right) {
    return Values.basicCompare(left, right) == -1;
  }

  private static boolean lessOrEqual(Object left, Object right) {
    int comparison = Values.basicCompare(left, right);
    return comparison == -1 || comparison == 0;
  }

  private static long length(Object value) {
    return switch (value) {
      case String string -> string.getBytes(StandardCharsets.UTF_8).length;
      case Map<?, ?> map -> map.size();
      case List<?> list -> list.size();
      case java.util.Collection<?> collection -> collection.size();
      case null -> throw new TemplateFunctionException("len of nil pointer");
      default -> throw new TemplateFunctionException("len of type " + GoFormat.typeName(value));
    };
  }

  private static Object index(List<Object> arguments) {
    if (arguments.isEmpty()) {
      throw new TemplateFunctionException("wrong number of args for index: want at least 1 got 0");
    }
    Object item = arguments.getFirst();
    if (item == null) {
      throw new TemplateFunctionException("index of untyped nil");
    }
    for (int i = 1; i < arguments.size(); i++) {
      Object key = arguments.get(i);
      item = switch (item) {
        case Map<?, ?> map -> {
          if (!(key instanceof String)) {
            throw new TemplateFunctionException(
                "value has type " + GoFormat.typeName(key) + "; should be string");
          }
          yield map.containsKey(key) ? Values.normalize(map.get(key)) : Values.missingKey(map);
        }
        case List<?> list -> Values.normalize(list.get(position(key, list.size(), "index")));
        case String string -> (long) (string.getBytes(StandardCharsets.UTF_8)[position(key, string.getBytes(StandardCharsets.UTF_8).length, "index")] & 0xff);
        case null -> throw new TemplateFunctionException("index of untyped nil");
        default -> throw new TemplateFunctionException("can't index item of type " + GoFormat.typeName(item));
      };
    }
    return item;
  }

  private static int position(Object key, int size, String operation) {
    if (!(key instanceof Long number)) {
      throw new TemplateFunctionException("cannot index slice/array with type " + GoFormat.typeName(key));
    }
    if (number < 0 || number >= size) {
      throw new TemplateFunctionException(operation + " out of range: " + number);
    }
    return number.intValue();
  }

  private static Object slice(List<Object> arguments) {
    if (arguments.isEmpty()) {
      throw new TemplateFunctionException("wrong number of args for slice: want at least 1 got 0");
    }
    Object item = arguments.getFirst();
    int size = switch (item) {
      case String string -> string.getBytes(StandardCharsets.UTF_8).length;
      case List<?> list -> list.size();
      case null -> throw new TemplateFunctionException("slice of untyped nil");
      default -> throw new TemplateFunctionException("can't slice item of type " + GoFormat.typeName(item));
    };
    if (arguments.size() > 3 || (item instanceof String && arguments.size() > 3)) {
      throw new TemplateFunctionException("too many slice indexes: " + (arguments.size() - 1));
    }
    int[] bounds = {0, size};
    for (int i = 1; i < arguments.size(); i++) {
      if (!(arguments.get(i) instanceof Long number)) {
        throw new TemplateFunctionException("cannot index slice/array with type " + GoFormat.typeName(arguments.get(i)));
      }
      if (number < 0 || number > size) {
        throw new TemplateFunctionException("index out of range: " + number);
      }
      bounds[i - 1] = number.intValue();
    }
    if (bounds[0] > bounds[1]) {
      throw new TemplateFunctionException("invalid slice index: " + bounds[0] + " > " + bounds[1]);
    }
    if (item instanceof String string) {
      byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
      return new String(bytes, bounds[0], bounds[1] - bounds[0], StandardCharsets.UTF_8);
    }
    return new ArrayList<>(((List<?>) item).subList(bounds[0], bounds[1]));
  }

  private static String printf(List<Object> arguments) {
    if (arguments.isEmpty()) {
      throw new TemplateFunctionException("wrong number of args for printf: want at least 1 got 0");
    }
    if (!(arguments.getFirst() instanceof String format)) {
      throw new TemplateFunctionException(
          "wrong type for value; expected string; got " + GoFormat.typeName(arguments.getFirst()));
    }
    return GoFormat.sprintf(format, arguments.subList(1, arguments.size()));
  }

  private static Object call(List<Object> arguments) {
    if (arguments.isEmpty()) {
      throw new TemplateFunctionException("wrong number of args for call: want at least 1 got 0");
    }
    if (!(arguments.getFirst() instanceof TemplateFunction function)) {
      throw new TemplateFunctionException(
          "non-function of type " + GoFormat.typeName(arguments.getFirst()));
    }
    return function.call(new ArrayList<>(arguments.subList(1, arguments.size())));
  }

  /** The single string argument, or all arguments printed as {@code fmt.Sprint} would. */
  private static String textOf(List<Object> arguments) {
    if (arguments.size() == 1 && arguments.getFirst() instanceof String string) {
      return string;
    }
    return GoFormat.sprint(arguments);
  }

  /** Go's {@code template.HTMLEscapeString}. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\'' -> out.append("&#39;");
        case '"' -> out.append("&#34;");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Go's {@code template.JSEscapeString}. */
  static String javaScript(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '"' -> out.append("\\\"");
        case '<' -> out.append("\\u003C");
        case '>' -> out.append("\\u003E");
        case '&' -> out.append("\\u0026");
        case '=' -> out.append("\\u003D");
        default -> {
          if (c < ' ') {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Go's {@code url.QueryEscape}. */
  static String urlQuery(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
