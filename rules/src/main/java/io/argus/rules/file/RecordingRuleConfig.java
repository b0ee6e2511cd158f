package io.argus.rules.file;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A {@code record:} rule: its output series are named {@code name} and carry {@code labels}. */
public record RecordingRuleConfig(String name, String expr, Map<String, String> labels)
    implements RuleConfig {

  public RecordingRuleConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }
}
