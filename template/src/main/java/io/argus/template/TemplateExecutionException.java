package io.argus.template;

/**
 * Executing a template failed: a function returned an error, a field was missing on a value that
 * has no such field, a comparison mixed types, and so on. The message reads as Go's: {@code
 * template: NAME:LINE:COLUMN: executing "NAME" at <NODE>: DETAIL}.
 */
public final class TemplateExecutionException extends TemplateException {

  TemplateExecutionException(
      String message, String detail, String templateName, int line, int column, Throwable cause) {
    super(message, detail, templateName, line, column, cause);
  }
}
