package io.argus.server.config;

import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.LabelNames;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One relabeling step, validated as Prometheus validates it. Applying it is the scrape module's job.
 */
public record RelabelConfig(
    List<String> sourceLabels,
    String separator,
    String regex,
    long modulus,
    String targetLabel,
    String replacement,
    String action) {

  static final String DEFAULT_SEPARATOR = ";";
  static final String DEFAULT_REGEX = "(.*)";
  static final String DEFAULT_REPLACEMENT = "$1";

  static final List<String> ACTIONS = List.of("replace", "keep", "drop", "keepequal", "dropequal",
      "hashmod", "labelmap", "labeldrop", "labelkeep", "lowercase", "uppercase");

  /** Target labels may contain {@code $1} or {@code ${name}} references when the action is replace. */
  private static final Pattern TEMPLATED_TARGET = Pattern.compile("^(?:[a-zA-Z_]|\\$(?:\\{\\w+}|\\w+))+\\w*$");

  public RelabelConfig {
    sourceLabels = List.copyOf(sourceLabels);
  }

  static List<RelabelConfig> listFrom(YamlMapping owner, String key) throws ConfigException {
    List<RelabelConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings(key, "relabel_config")) {
      configs.add(from(yaml));
    }
    return configs;
  }

  static RelabelConfig from(YamlMapping yaml) throws ConfigException {
    String action = yaml.string("action", "replace").toLowerCase(Locale.ROOT);
    if (!ACTIONS.contains(action)) {
      throw yaml.errorAt("action", "unknown relabel action \"" + action + "\"");
    }
    List<String> sources = yaml.strings("source_labels");
    String separator = yaml.string("separator", DEFAULT_SEPARATOR);
    String regex = yaml.string("regex", DEFAULT_REGEX);
    try {
      Matcher.regex("", regex);
    } catch (InvalidRegexException e) {
      throw yaml.errorAt("regex", e.getMessage());
    }
    long modulus = yaml.longValue("modulus", 0);
    String target = yaml.string("target_label", "");
    String replacement = yaml.string("replacement", DEFAULT_REPLACEMENT);
    RelabelConfig config = new RelabelConfig(sources, separator, regex, modulus, target, replacement, action);
    config.validate(yaml);
    yaml.finish();
    return config;
  }

  private void validate(YamlMapping yaml) throws ConfigException {
    boolean needsTarget = switch (action) {
      case "replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal" -> true;
      default -> false;
    };
    if (needsTarget && targetLabel.isEmpty()) {
      throw yaml.error("relabel configuration for " + action + " action requires 'target_label' value");
    }
    if (action.equals("replace") && !targetLabel.isEmpty()
        && !LabelNames.isValidLegacyLabelName(targetLabel) && !TEMPLATED_TARGET.matcher(targetLabel).matches()) {
      throw yaml.errorAt("target_label", "\"" + targetLabel + "\" is invalid 'target_label' for replace action");
    }
    if ((action.equals("lowercase") || action.equals("uppercase") || action.equals("hashmod"))
        && !LabelNames.isValidLegacyLabelName(targetLabel)) {
      throw yaml.errorAt("target_label", "\"" + targetLabel + "\" is invalid 'target_label' for " + action + " action");
    }
    if (action.equals("hashmod") && modulus == 0) {
      throw yaml.error("relabel configuration for hashmod requires non-zero modulus");
    }
    if ((action.equals("keepequal") || action.equals("dropequal")) && !regex.equals(DEFAULT_REGEX)) {
      throw yaml.errorAt("regex", action + " action requires only 'source_labels' and 'target_label', and no 'regex'");
    }
    if (action.equals("labeldrop") || action.equals("labelkeep")) {
      if (!sourceLabels.isEmpty() || !targetLabel.isEmpty() || modulus != 0
          || !separator.equals(DEFAULT_SEPARATOR) || !replacement.equals(DEFAULT_REPLACEMENT)) {
        throw yaml.error(action + " action requires only 'regex', and no other fields");
      }
    }
    if (action.equals("labelmap") && !replacement.equals(DEFAULT_REPLACEMENT)
        && !TEMPLATED_TARGET.matcher(replacement).matches() && !LabelNames.isValidLegacyLabelName(replacement)) {
      throw yaml.errorAt("replacement", "\"" + replacement + "\" is invalid 'replacement' for labelmap action");
    }
  }
}
