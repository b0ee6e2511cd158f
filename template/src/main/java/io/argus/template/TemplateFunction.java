package io.argus.template;

import java.util.List;

/**
 * A function callable from a template, like one entry of Go's {@code template.FuncMap}. Arguments
 * arrive as the template's values: {@link String}, {@link Long} (Go's int), {@link Double} (Go's
 * float64), {@link Boolean}, {@link java.util.Map}, {@link List}, null, or any object the data
 * carries. Implementations must be thread-safe if the template is shared between threads.
 */
@FunctionalInterface
public interface TemplateFunction {

  /**
   * Calls the function.
   *
   * @throws TemplateFunctionException to report an error the way a Go function returns one: the
   *     template stops with {@code error calling NAME: MESSAGE}
   */
  Object call(List<Object> arguments);
}
