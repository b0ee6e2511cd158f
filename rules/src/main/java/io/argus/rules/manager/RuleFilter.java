package io.argus.rules.manager;

import java.util.Set;

/**
 * The filters of {@code /api/v1/rules}: {@code type} ({@code alert}, {@code record} or null for
 * both), {@code rule_name[]}, {@code rule_group[]} and {@code file[]} (empty sets match all).
 */
public record RuleFilter(String type, Set<String> ruleNames, Set<String> groupNames, Set<String> files) {

  /** No filtering. */
  public static final RuleFilter ALL = new RuleFilter(null, Set.of(), Set.of(), Set.of());

  public RuleFilter {
    if (type != null && !type.equals("alert") && !type.equals("record")) {
      throw new IllegalArgumentException("type must be \"alert\" or \"record\", got \"" + type + "\"");
    }
    ruleNames = Set.copyOf(ruleNames);
    groupNames = Set.copyOf(groupNames);
    files = Set.copyOf(files);
  }

  boolean filtersRules() {
    return type != null || !ruleNames.isEmpty();
  }
}
