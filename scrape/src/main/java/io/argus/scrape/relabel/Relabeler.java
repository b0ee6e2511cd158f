package io.argus.scrape.relabel;

import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.scrape.config.RelabelConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Applies relabel configs in order, as Prometheus' {@code relabel.Process}: a keep/drop that
 * rejects stops processing and drops the label set. Regexes and templates are compiled once at
 * construction. Immutable and thread-safe.
 */
public final class Relabeler {

  private static final Relabeler NONE = new Relabeler(List.of());

  private final Step[] steps;

  private record Step(
      RelabelConfig config, RelabelRegex regex, ReplacementTemplate target, ReplacementTemplate replacement) {}

  private Relabeler(List<RelabelConfig> configs) {
    steps = new Step[configs.size()];
    for (int i = 0; i < steps.length; i++) {
      RelabelConfig config = configs.get(i);
      RelabelRegex regex = RelabelRegex.compile(config.regex());
      steps[i] = new Step(config, regex, ReplacementTemplate.parse(config.targetLabel(), regex),
          ReplacementTemplate.parse(config.replacement(), regex));
    }
  }

  /** A relabeler for {@code configs}, applied in list order. */
  public static Relabeler of(List<RelabelConfig> configs) {
    return configs.isEmpty() ? NONE : new Relabeler(configs);
  }

  /** Whether there is nothing to apply. */
  public boolean isEmpty() {
    return steps.length == 0;
  }

  /** The relabeled labels, or null if a rule dropped them. */
  public Labels process(Labels labels) {
    if (steps.length == 0) {
      return labels;
    }
    LabelsBuilder builder = labels.toBuilder();
    return process(builder) ? builder.build() : null;
  }

  /** Relabels {@code builder} in place; returns false if a rule dropped the label set. */
  public boolean process(LabelsBuilder builder) {
    for (Step step : steps) {
      if (!apply(step, builder)) {
        return false;
      }
    }
    return true;
  }

  private static boolean apply(Step step, LabelsBuilder builder) {
    RelabelConfig config = step.config();
    String value = joinSources(config, builder);
    switch (config.action()) {
      case DROP -> {
        return !step.regex().matches(value);
      }
      case KEEP -> {
        return step.regex().matches(value);
      }
      case DROPEQUAL -> {
        return !valueOf(builder, config.targetLabel()).equals(value);
      }
      case KEEPEQUAL -> {
        return valueOf(builder, config.targetLabel()).equals(value);
      }
      case REPLACE -> replace(step, builder, value);
      case LOWERCASE -> builder.set(config.targetLabel(), value.toLowerCase(Locale.ROOT));
      case UPPERCASE -> builder.set(config.targetLabel(), value.toUpperCase(Locale.ROOT));
      case HASHMOD -> builder.set(config.targetLabel(), hashMod(value, config.modulus()));
      case LABELMAP -> {
        Labels snapshot = builder.build();
        for (int i = 0; i < snapshot.size(); i++) {
          java.util.regex.Matcher match = step.regex().matcher(snapshot.name(i));
          if (match.matches()) {
            builder.set(step.replacement().expand(match), snapshot.value(i));
          }
        }
      }
      case LABELDROP, LABELKEEP -> {
        boolean keepMatching = config.action() == io.argus.scrape.config.RelabelAction.LABELKEEP;
        Labels snapshot = builder.build();
        for (int i = 0; i < snapshot.size(); i++) {
          if (step.regex().matches(snapshot.name(i)) != keepMatching) {
            builder.remove(snapshot.name(i));
          }
        }
      }
    }
    return true;
  }

  private static void replace(Step step, LabelsBuilder builder, String value) {
    java.util.regex.Matcher match = step.regex().matcher(value);
    if (!match.matches()) {
      return;
    }
    String target = step.target().expand(match);
    if (!LabelNames.isValidLegacyLabelName(target)) {
      return;
    }
    // An empty result deletes the label: LabelsBuilder.set treats "" as removal, as Prometheus does.
    builder.set(target, step.replacement().expand(match));
  }

  private static String joinSources(RelabelConfig config, LabelsBuilder builder) {
    List<String> sources = config.sourceLabels();
    if (sources.isEmpty()) {
      return "";
    }
    if (sources.size() == 1) {
      return valueOf(builder, sources.get(0));
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      if (i > 0) {
        joined.append(config.separator());
      }
      joined.append(valueOf(builder, sources.get(i)));
    }
    return joined.toString();
  }

  private static String valueOf(LabelsBuilder builder, String name) {
    String value = builder.get(name);
    return value == null ? "" : value;
  }

  /**
   * Prometheus' hashmod: the MD5 of the joined source values, its last 8 bytes read as an unsigned
   * big-endian integer, modulo the modulus.
   */
  static String hashMod(String value, long modulus) {
    byte[] digest = md5().digest(value.getBytes(StandardCharsets.UTF_8));
    long low = ByteBuffer.wrap(digest, 8, 8).getLong();
    return Long.toUnsignedString(Long.remainderUnsigned(low, modulus));
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides MD5", e);
    }
  }
}
