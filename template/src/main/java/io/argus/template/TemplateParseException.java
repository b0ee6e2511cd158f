package io.argus.template;

/** The template text is not valid Go template syntax, or names an undefined function. */
public final class TemplateParseException extends TemplateException {

  TemplateParseException(String message, String detail, String templateName, int line, int column) {
    super(message, detail, templateName, line, column, null);
  }

  static TemplateParseException at(String templateName, String source, int offset, String detail) {
    int[] position = lineAndColumn(source, offset);
    return new TemplateParseException(
        "template: " + templateName + ":" + position[0] + ":" + position[1] + ": " + detail,
        detail,
        templateName,
        position[0],
        position[1]);
  }
}
