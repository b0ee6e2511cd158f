package io.argus.rules.template;

import io.argus.template.Functions;
import io.argus.template.Template;
import io.argus.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alert label and annotation templates as Prometheus runs them: each text is prefixed with the
 * variable prelude, parsed as template {@code __alert_NAME}, and executed against {@code .Labels},
 * {@code .ExternalLabels}, {@code .ExternalURL} and {@code .Value}.
 */
public final class AlertTemplates {

  /** Prometheus' prelude, which defines the variables users write. */
  public static final String PRELUDE =
      "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}"
          + "{{$externalURL := .ExternalURL}}{{$value := .Value}}";

  private static final Functions PARSE_FUNCTIONS = PrometheusFunctions.create(null, 0, "");

  private AlertTemplates() {}

  /**
   * Parses one label or annotation value of alert {@code alertName}.
   *
   * @throws io.argus.template.TemplateParseException when the text is not a valid template
   */
  public static Template parse(String alertName, String text) {
    return Template.parse("__alert_" + alertName, PRELUDE + text, PARSE_FUNCTIONS);
  }

  /**
   * A parse error of {@link #parse} as the user sees their text: the column on the first line
   * does not count the prelude.
   */
  public static String describe(io.argus.template.TemplateParseException error) {
    int column = error.line() == 1 ? Math.max(1, error.column() - PRELUDE.length()) : error.column();
    return "template: " + error.templateName() + ":" + error.line() + ":" + column + ": " + error.detail();
  }

  /** The data record the prelude reads. */
  public static Map<String, Object> data(
      Map<String, String> labels, Map<String, String> externalLabels, String externalUrl, double value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Labels", labels);
    data.put("ExternalLabels", externalLabels);
    data.put("ExternalURL", externalUrl);
    data.put("Value", value);
    return data;
  }

  /**
   * Expands a parsed template; an execution error becomes Prometheus' text {@code <error expanding
   * template: error executing template __alert_NAME: …>} instead of an exception.
   */
  public static String expand(Template template, Map<String, Object> data, Functions functions) {
    try {
      return template.execute(data, functions);
    } catch (TemplateException e) {
      return "<error expanding template: error executing template " + template.name() + ": " + e.getMessage() + ">";
    }
  }
}
