package io.argus.rules.template;

import java.util.List;

/** Runs the PromQL of a template's {@code query} call at the template's evaluation time. */
@FunctionalInterface
public interface TemplateQuery {

  /**
   * @throws RuntimeException with the parse or evaluation error, which the template reports as
   *     {@code error calling query: …}
   */
  List<TemplateSample> query(String expr);
}
