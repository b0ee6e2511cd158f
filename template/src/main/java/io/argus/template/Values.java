package io.argus.template;

import io.argus.template.format.GoFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Go's rules for template values: truth, length, comparison, indexing and field access. */
final class Values {

  private Values() {}

  /** Java numbers and arrays as the template's value kinds: Long, Double, List. */
  static Object normalize(Object value) {
    return switch (value) {
      case Integer number -> number.longValue();
      case Short number -> number.longValue();
      case Byte number -> number.longValue();
      case Float number -> number.doubleValue();
      case null -> null;
      default -> value.getClass().isArray() && !(value instanceof byte[]) ? toList(value) : value;
    };
  }

  private static List<Object> toList(Object array) {
    int length = java.lang.reflect.Array.getLength(array);
    List<Object> list = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      list.add(normalize(java.lang.reflect.Array.get(array, i)));
    }
    return list;
  }

  /** Go's {@code template.IsTrue}: false, 0, nil and empty strings, lists and maps are false. */
  static boolean isTrue(Object value) {
    return switch (value) {
      case null -> false;
      case Boolean bool -> bool;
      case String string -> !string.isEmpty();
      case Long number -> number != 0;
      case Double number -> number != 0;
      case Map<?, ?> map -> !map.isEmpty();
      case Collection<?> collection -> !collection.isEmpty();
      default -> true;
    };
  }

  /**
   * The zero value a missing key of {@code map} yields: the empty string for a map whose values
   * are all strings (Go's {@code map[string]string}, which Prometheus and Alertmanager pass), nil
   * otherwise.
   */
  static Object missingKey(Map<?, ?> map) {
    for (Object value : map.values()) {
      if (!(value instanceof String)) {
        return null;
      }
    }
    return "";
  }

  /** {@code .name} (or a method call with arguments) on {@code receiver}. */
  static Object field(Object receiver, String name, List<Object> arguments, boolean hasArguments) {
    if (receiver == null) {
      if (hasArguments) {
        throw new IllegalStateException("nil pointer evaluating interface {}." + name);
      }
      return null;
    }
    if (receiver instanceof Map<?, ?> map) {
      if (hasArguments) {
        throw new IllegalStateException(name + " is not a method but has arguments");
      }
      return map.containsKey(name) ? normalize(map.get(name)) : missingKey(map);
    }
    Method method = findMethod(receiver.getClass(), name, arguments.size());
    if (method == null) {
      throw new IllegalStateException(
          "can't evaluate field " + name + " in type " + GoFormat.typeName(receiver));
    }
    try {
      return normalize(method.invoke(receiver, arguments.toArray()));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new TemplateFunctionException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalStateException("can't call method " + name + " on " + GoFormat.typeName(receiver) + ": " + e.getMessage());
    }
  }

  /**
   * A public method named {@code name} or its lower-case-first form (so {@code .Labels} finds a
   * record component {@code labels()}), taking {@code arity} parameters, found on a public type.
   */
  private static Method findMethod(Class<?> type, String name, int arity) {
    String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      Method found = findDeclared(current, name, lower, arity);
      if (found != null) {
        return found;
      }
      for (Class<?> implemented : current.getInterfaces()) {
        found = findDeclared(implemented, name, lower, arity);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Method findDeclared(Class<?> type, String name, String lower, int arity) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    for (Method method : type.getMethods()) {
      if ((method.getName().equals(name) || method.getName().equals(lower))
          && method.getParameterCount() == arity
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        return method;
      }
    }
    return null;
  }

  /** Equality as Go's {@code eq} defines it for basic kinds. */
  static boolean basicEquals(Object left, Object right) {
    Object a = normalize(left);
    Object b = normalize(right);
    if (a == null || b == null) {
      if (a == null && b == null) {
        return true;
      }
      throw new TemplateFunctionException("incompatible types for comparison");
    }
    if (a instanceof Map || a instanceof List || b instanceof Map || b instanceof List) {
      throw new TemplateFunctionException("non-comparable type " + GoFormat.typeName(a instanceof Map || a instanceof List ? a : b) + ": invalid type for comparison");
    }
    if (a.getClass() != b.getClass()) {
      throw new TemplateFunctionException("incompatible types for comparison");
    }
    return a.equals(b);
  }

  /** Ordering as Go's {@code lt} defines it: numbers of one kind or strings. */
  static int basicCompare(Object left, Object right) {
    Object a = normalize(left);
    Object b = normalize(right);
    if (!isOrdered(a) || !isOrdered(b)) {
      throw new TemplateFunctionException("invalid type for comparison");
    }
    if (a.getClass() != b.getClass()) {
      throw new TemplateFunctionException("incompatible types for comparison");
    }
    return switch (a) {
      case Long number -> Long.compare(number, (Long) b);
      case Double number -> {
        double other = (Double) b;
        yield number < other ? -1 : number > other ? 1 : number.doubleValue() == other ? 0 : 2;
      }
      case String string -> compareBytes(string, (String) b);
      default -> throw new TemplateFunctionException("invalid type for comparison");
    };
  }

  private static boolean isOrdered(Object value) {
    return value instanceof Long || value instanceof Double || value instanceof String;
  }

  /** Go compares strings byte-wise in UTF-8, which is code-point order. */
  static int compareBytes(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(i);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
    }
    return Integer.compare(a.length() - i, b.length() - i);
  }
}
