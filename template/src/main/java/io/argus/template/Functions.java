package io.argus.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable function map, like Go's {@code template.FuncMap}: names to {@link TemplateFunction}s.
 * {@link #builtins()} holds Go's predefined functions; callers add theirs with {@link #with} (rules
 * add Prometheus' functions, Alertmanager its own). A name added later replaces an earlier one, as
 * {@code Funcs} does in Go. Thread-safe.
 */
public final class Functions {

  private static final Functions BUILTINS = new Functions(Builtins.all());

  private final Map<String, TemplateFunction> functions;

  private Functions(Map<String, TemplateFunction> functions) {
    this.functions = Collections.unmodifiableMap(functions);
  }

  /**
   * Go's predefined functions: and, or, not, len, index, slice, print, printf, println, eq, ne,
   * lt, le, gt, ge, html, js, urlquery, call.
   */
  public static Functions builtins() {
    return BUILTINS;
  }

  /** A copy with {@code function} registered under {@code name}. */
  public Functions with(String name, TemplateFunction function) {
    if (name == null || name.isEmpty() || !isIdentifier(name)) {
      throw new IllegalArgumentException("function name must be a Go identifier, got \"" + name + "\"");
    }
    Map<String, TemplateFunction> copy = new LinkedHashMap<>(functions);
    copy.put(name, function);
    return new Functions(copy);
  }

  /** A copy with all of {@code more} registered. */
  public Functions withAll(Map<String, TemplateFunction> more) {
    Map<String, TemplateFunction> copy = new LinkedHashMap<>(functions);
    for (Map.Entry<String, TemplateFunction> entry : more.entrySet()) {
      if (!isIdentifier(entry.getKey())) {
        throw new IllegalArgumentException(
            "function name must be a Go identifier, got \"" + entry.getKey() + "\"");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return new Functions(copy);
  }

  /** The registered names. */
  public Set<String> names() {
    return functions.keySet();
  }

  /** The function registered under {@code name}, or null. */
  public TemplateFunction get(String name) {
    return functions.get(name);
  }

  private static boolean isIdentifier(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c == '_' || Character.isLetter(c) || (i > 0 && Character.isDigit(c)))) {
        return false;
      }
    }
    return true;
  }
}
