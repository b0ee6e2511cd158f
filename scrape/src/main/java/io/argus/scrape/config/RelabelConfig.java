package io.argus.scrape.config;

import io.argus.core.label.LabelNames;
import io.argus.scrape.relabel.RelabelRegex;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code relabel_config}. {@link #builder()} starts from Prometheus' defaults (action
 * replace, separator {@code ;}, regex {@code (.*)}, replacement {@code $1}, modulus 0). The compact constructor applies Prometheus' validation and
 * rejects a bad combination naming the field, with Prometheus' wording.
 *
 * @param sourceLabels labels whose values are joined by {@code separator}; empty when unset
 * @param regex an RE2 regex, fully anchored when applied
 * @param modulus the hashmod modulus; 0 when unset
 * @param targetLabel the label written; may hold {@code $1}/{@code ${name}} for replace; "" when unset
 */
public record RelabelConfig(
    List<String> sourceLabels,
    String separator,
    String regex,
    long modulus,
    String targetLabel,
    String replacement,
    RelabelAction action) {

  public static final String DEFAULT_SEPARATOR = ";";
  public static final String DEFAULT_REGEX = "(.*)";
  public static final String DEFAULT_REPLACEMENT = "$1";

  /** Prometheus' check for templated target labels and labelmap replacements. */
  private static final Pattern TEMPLATED_LABEL_NAME =
      Pattern.compile("(?:(?:[a-zA-Z_]|\\$(?:\\{\\w+\\}|\\w+))+\\w*)+");

  public RelabelConfig {
    Objects.requireNonNull(action, "action");
    sourceLabels = List.copyOf(Objects.requireNonNull(sourceLabels, "source_labels"));
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(targetLabel, "target_label");
    Objects.requireNonNull(replacement, "replacement");
    validate(sourceLabels, separator, regex, modulus, targetLabel, replacement, action);
  }

  /** A builder preset with Prometheus' defaults: action replace, separator ";", regex "(.*)", replacement "$1". */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects fields, starting from Prometheus' defaults; {@link #build()} validates. */
  public static final class Builder {
    private List<String> sourceLabels = List.of();
    private String separator = DEFAULT_SEPARATOR;
    private String regex = DEFAULT_REGEX;
    private long modulus;
    private String targetLabel = "";
    private String replacement = DEFAULT_REPLACEMENT;
    private RelabelAction action = RelabelAction.REPLACE;

    private Builder() {}

    public Builder sourceLabels(String... names) {
      this.sourceLabels = List.of(names);
      return this;
    }

    public Builder sourceLabels(List<String> names) {
      this.sourceLabels = List.copyOf(names);
      return this;
    }

    public Builder separator(String separator) {
      this.separator = separator;
      return this;
    }

    public Builder regex(String regex) {
      this.regex = regex;
      return this;
    }

    public Builder modulus(long modulus) {
      this.modulus = modulus;
      return this;
    }

    public Builder targetLabel(String targetLabel) {
      this.targetLabel = targetLabel;
      return this;
    }

    public Builder replacement(String replacement) {
      this.replacement = replacement;
      return this;
    }

    public Builder action(RelabelAction action) {
      this.action = action;
      return this;
    }

    /**
     * The validated config.
     *
     * @throws IllegalArgumentException naming the offending field, in Prometheus' words
     */
    public RelabelConfig build() {
      return new RelabelConfig(sourceLabels, separator, regex, modulus, targetLabel, replacement, action);
    }
  }

  private static void validate(List<String> sourceLabels, String separator, String regex, long modulus,
      String targetLabel, String replacement, RelabelAction action) {
    RelabelRegex.compile(regex); // throws InvalidRegexException naming the regex
    String name = action.configName();
    if (action == RelabelAction.HASHMOD && modulus == 0) {
      throw new IllegalArgumentException("relabel configuration for hashmod requires non-zero modulus");
    }
    boolean needsTarget = switch (action) {
      case REPLACE, HASHMOD, LOWERCASE, UPPERCASE, KEEPEQUAL, DROPEQUAL -> true;
      default -> false;
    };
    if (needsTarget && targetLabel.isEmpty()) {
      throw new IllegalArgumentException(
          "relabel configuration for " + name + " action requires 'target_label' value");
    }
    boolean templated = targetLabel.contains("$");
    if (action == RelabelAction.REPLACE
        && (templated ? !TEMPLATED_LABEL_NAME.matcher(targetLabel).matches()
            : !LabelNames.isValidLegacyLabelName(targetLabel))) {
      throw invalidTarget(targetLabel, name);
    }
    boolean plainTarget = switch (action) {
      case LOWERCASE, UPPERCASE, KEEPEQUAL, DROPEQUAL, HASHMOD -> true;
      default -> false;
    };
    if (plainTarget && !LabelNames.isValidLegacyLabelName(targetLabel)) {
      throw invalidTarget(targetLabel, name);
    }
    boolean noReplacement = switch (action) {
      case LOWERCASE, UPPERCASE, KEEPEQUAL, DROPEQUAL -> true;
      default -> false;
    };
    if (noReplacement && !replacement.equals(DEFAULT_REPLACEMENT)) {
      throw new IllegalArgumentException("'replacement' can not be set for " + name + " action");
    }
    if (action == RelabelAction.LABELMAP && !TEMPLATED_LABEL_NAME.matcher(replacement).matches()) {
      throw new IllegalArgumentException(
          "\"" + replacement + "\" is invalid 'replacement' for " + name + " action");
    }
    if ((action == RelabelAction.KEEPEQUAL || action == RelabelAction.DROPEQUAL)
        && (!regex.equals(DEFAULT_REGEX) || modulus != 0 || !separator.equals(DEFAULT_SEPARATOR)
            || !replacement.equals(DEFAULT_REPLACEMENT))) {
      throw new IllegalArgumentException(
          name + " action requires only 'source_labels' and `target_label`, and no other fields");
    }
    if ((action == RelabelAction.LABELDROP || action == RelabelAction.LABELKEEP)
        && (!sourceLabels.isEmpty() || !targetLabel.isEmpty() || modulus != 0
            || !separator.equals(DEFAULT_SEPARATOR) || !replacement.equals(DEFAULT_REPLACEMENT))) {
      throw new IllegalArgumentException(name + " action requires only 'regex', and no other fields");
    }
    for (String source : sourceLabels) {
      if (!LabelNames.isValidUtf8LabelName(source)) {
        throw new IllegalArgumentException("\"" + source + "\" is not a valid label name in 'source_labels'");
      }
    }
  }

  private static IllegalArgumentException invalidTarget(String targetLabel, String action) {
    return new IllegalArgumentException(
        "\"" + targetLabel + "\" is invalid 'target_label' for " + action + " action");
  }
}
