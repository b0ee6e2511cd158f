package io.argus.server.config;

import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;

/** A {@code static_configs} entry: target addresses that share a set of labels. */
public record TargetGroup(List<String> targets, Labels labels) {

  public TargetGroup {
    targets = List.copyOf(targets);
  }

  static List<TargetGroup> listFrom(YamlMapping owner, String key) throws ConfigException {
    List<TargetGroup> groups = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings(key, "static_config")) {
      List<String> targets = yaml.strings("targets");
      for (String target : targets) {
        if (target.isEmpty() || target.contains("/")) {
          throw yaml.errorAt("targets", "\"" + target + "\" is not a valid target address (host:port)");
        }
      }
      groups.add(new TargetGroup(targets, yaml.labels("labels")));
      yaml.finish();
    }
    return groups;
  }
}
