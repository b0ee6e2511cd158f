package io.argus.rules.file;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An {@code alert:} rule. Label and annotation values are Go templates.
 *
 * @param forMillis how long an alert stays pending before it fires ({@code for}, 0 fires at once)
 * @param keepFiringForMillis how long a firing alert keeps firing after its condition cleared
 */
public record AlertingRuleConfig(
    String name,
    String expr,
    long forMillis,
    long keepFiringForMillis,
    Map<String, String> labels,
    Map<String, String> annotations)
    implements RuleConfig {

  public AlertingRuleConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
    if (forMillis < 0 || keepFiringForMillis < 0) {
      throw new IllegalArgumentException("for and keep_firing_for must not be negative");
    }
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
  }
}
