package io.argus.template;

/**
 * Thrown by a {@link TemplateFunction} to fail the template, as a Go template function returns a
 * non-nil error. The executor reports it as {@code error calling NAME: MESSAGE}.
 */
public final class TemplateFunctionException extends RuntimeException {

  public TemplateFunctionException(String message) {
    super(message);
  }

  public TemplateFunctionException(String message, Throwable cause) {
    super(message, cause);
  }
}
