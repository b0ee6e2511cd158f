package io.argus.rules.template;

import java.util.Map;

/**
 * One element of a {@code query} result inside a template, as Prometheus exposes it: {@code
 * .Labels} (metric name included) and {@code .Value}.
 */
public record TemplateSample(Map<String, String> labels, double value) {

  public TemplateSample {
    labels = Map.copyOf(labels);
  }
}
