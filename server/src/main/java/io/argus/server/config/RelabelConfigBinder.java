package io.argus.server.config;

import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.Matcher;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Binds {@code relabel_configs}-style lists to the scrape module's validated {@link RelabelConfig}. */
final class RelabelConfigBinder {

  private RelabelConfigBinder() {}

  static List<RelabelConfig> listFrom(YamlMapping owner, String key) throws ConfigException {
    List<RelabelConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings(key, "relabel_config")) {
      configs.add(from(yaml));
    }
    return configs;
  }

  private static RelabelConfig from(YamlMapping yaml) throws ConfigException {
    String actionName = yaml.string("action", "replace");
    RelabelAction action;
    try {
      action = RelabelAction.valueOf(actionName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw yaml.errorAt("action", "unknown relabel action \"" + actionName + "\"");
    }
    String regex = yaml.string("regex", RelabelConfig.DEFAULT_REGEX);
    try {
      Matcher.regex("", regex);
    } catch (InvalidRegexException e) {
      throw yaml.errorAt("regex", e.getMessage());
    }
    RelabelConfig.Builder builder = RelabelConfig.builder()
        .action(action)
        .sourceLabels(yaml.strings("source_labels"))
        .separator(yaml.string("separator", RelabelConfig.DEFAULT_SEPARATOR))
        .regex(regex)
        .modulus(yaml.longValue("modulus", 0))
        .targetLabel(yaml.string("target_label", ""))
        .replacement(yaml.string("replacement", RelabelConfig.DEFAULT_REPLACEMENT));
    yaml.finish();
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw yaml.error(e.getMessage());
    }
  }
}
