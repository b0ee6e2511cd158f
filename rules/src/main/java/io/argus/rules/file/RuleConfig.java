package io.argus.rules.file;

import java.util.Map;

/** One rule of a group, as written in the file. Labels keep empty values: they delete a label. */
public sealed interface RuleConfig permits RecordingRuleConfig, AlertingRuleConfig {

  /** The {@code record} or {@code alert} name. */
  String name();

  /** The PromQL expression as written. */
  String expr();

  /** The {@code labels} block, sorted by name. */
  Map<String, String> labels();
}
