package io.argus.rules.file;

import java.util.List;

/** A loaded and validated rule file. */
public record RuleFile(String path, List<RuleGroupConfig> groups) {

  public RuleFile {
    groups = List.copyOf(groups);
  }
}
