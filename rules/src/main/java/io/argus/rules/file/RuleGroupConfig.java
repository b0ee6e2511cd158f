package io.argus.rules.file;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One group of a rule file.
 *
 * @param file the path of the file that defines it (part of the group's identity)
 * @param intervalMillis the evaluation interval, 0 for the global {@code evaluation_interval}
 * @param queryOffsetMillis the group's {@code query_offset}, or null for the global default
 * @param limit the most series (recording) or alerts (alerting) a rule may produce, 0 for no limit
 * @param labels labels added to every rule's output; a rule's own labels win
 */
public record RuleGroupConfig(
    String name,
    String file,
    long intervalMillis,
    Long queryOffsetMillis,
    int limit,
    Map<String, String> labels,
    List<RuleConfig> rules) {

  public RuleGroupConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    if (intervalMillis < 0) {
      throw new IllegalArgumentException("interval must not be negative, got " + intervalMillis + "ms");
    }
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    rules = List.copyOf(rules);
  }
}
