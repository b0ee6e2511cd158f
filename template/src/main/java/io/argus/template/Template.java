package io.argus.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Go text/template and the templates it {@code define}s, ready to execute against data.
 * Immutable and thread-safe: parse once (at load time, so a bad template is a load error), execute
 * many times, optionally with functions bound per execution (Prometheus' {@code query} needs the
 * evaluation time).
 *
 * <p>Data is navigated as Go would: {@code .Key} reads a {@link Map} key (a missing key of a map of
 * strings is the empty string, Go's {@code missingkey=zero}), or calls a public method named {@code
 * Key} or {@code key} (so a record's {@code labels()} answers {@code .Labels}).
 */
public final class Template {

  private final String name;
  private final Map<String, Definition> definitions;
  private final Functions functions;

  private Template(String name, Map<String, Definition> definitions, Functions functions) {
    this.name = name;
    this.definitions = definitions;
    this.functions = functions;
  }

  /**
   * Parses {@code text} as the template {@code name}.
   *
   * @throws TemplateParseException with {@code template: NAME:LINE:COLUMN: DETAIL} when the text is
   *     not valid or uses a function {@code functions} lacks
   */
  public static Template parse(String name, String text, Functions functions) {
    return new Template(name, Map.of(), functions).parseMore(name, text);
  }

  /**
   * A copy of this set with {@code text} parsed into it under {@code parseName}; its {@code
   * define}s are added (replacing same-named ones), and its main body becomes template {@code
   * parseName} unless it is only white space and that name exists. The main template stays this
   * one's. Alertmanager loads several template files into one set this way.
   */
  public Template parseMore(String parseName, String text) {
    Parser.Result result = Parser.parse(parseName, text, functions.names());
    Map<String, Definition> merged = new LinkedHashMap<>(definitions);
    for (Map.Entry<String, Node.Sequence> entry : result.definitions().entrySet()) {
      merged.put(entry.getKey(), new Definition(entry.getKey(), parseName, text, entry.getValue()));
    }
    if (!isEmpty(result.main()) || !merged.containsKey(parseName)) {
      merged.put(parseName, new Definition(parseName, parseName, text, result.main()));
    }
    return new Template(name, Collections.unmodifiableMap(merged), functions);
  }

  /** The name of the main template. */
  public String name() {
    return name;
  }

  /** The names of all templates in this set, the main one included. */
  public Set<String> templateNames() {
    return definitions.keySet();
  }

  /** Executes the main template with the functions it was parsed with. */
  public String execute(Object data) {
    return executeTemplate(name, data, functions);
  }

  /**
   * Executes the main template with {@code boundFunctions}, which must define every name the
   * template was parsed with (typically the same map with some functions bound to a context).
   *
   * @throws TemplateExecutionException when execution fails; nothing partial is returned
   */
  public String execute(Object data, Functions boundFunctions) {
    return executeTemplate(name, data, boundFunctions);
  }

  /** Executes the named template of this set. */
  public String executeTemplate(String templateName, Object data) {
    return executeTemplate(templateName, data, functions);
  }

  /** Executes the named template of this set with {@code boundFunctions}. */
  public String executeTemplate(String templateName, Object data, Functions boundFunctions) {
    Definition definition = definitions.get(templateName);
    if (definition == null) {
      throw new TemplateExecutionException(
          "template: no template \"" + templateName + "\" associated with template \"" + name + "\"",
          "no template \"" + templateName + "\" associated with template \"" + name + "\"",
          templateName,
          0,
          0,
          null);
    }
    StringBuilder out = new StringBuilder();
    try {
      new Executor(definitions, boundFunctions, out).run(definition, data);
    } catch (StackOverflowError e) {
      throw new TemplateExecutionException(
          "template: " + templateName + ": executing \"" + templateName + "\": nesting too deep",
          "executing \"" + templateName + "\": nesting too deep",
          templateName,
          0,
          0,
          null);
    }
    return out.toString();
  }

  private static boolean isEmpty(Node.Sequence sequence) {
    for (Node node : sequence.nodes()) {
      if (!(node instanceof Node.Text text) || !text.text().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
