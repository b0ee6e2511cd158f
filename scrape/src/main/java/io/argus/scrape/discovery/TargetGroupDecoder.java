package io.argus.scrape.discovery;

import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Decodes the target-group list shared by file and HTTP discovery, in YAML or JSON (YAML 1.2 reads
 * JSON too): {@code [{"targets": ["host:port", …], "labels": {"name": "value", …}}, …]}. Errors name
 * the origin, the group index and the problem, as Prometheus' do.
 */
final class TargetGroupDecoder {

  private TargetGroupDecoder() {}

  /**
   * The groups of {@code text}, each with {@code extraLabelName}={@code origin} added to its labels
   * and sources {@code origin:index}.
   *
   * @throws IllegalArgumentException naming origin, line or group and the problem
   */
  static List<TargetGroup> decode(String text, String origin, String extraLabelName) {
    Object document;
    try {
      document = new Load(LoadSettings.builder().setLabel(origin).build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
    }
    if (document == null) {
      return List.of();
    }
    if (!(document instanceof List<?> list)) {
      throw new IllegalArgumentException(origin + ": expected a list of target groups, found " + describe(document));
    }
    List<TargetGroup> groups = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String where = origin + ": group " + i;
      if (!(list.get(i) instanceof Map<?, ?> group)) {
        throw new IllegalArgumentException(where + ": expected a mapping with targets and labels, found "
            + describe(list.get(i)));
      }
      for (Object key : group.keySet()) {
        if (!"targets".equals(key) && !"labels".equals(key)) {
          throw new IllegalArgumentException(where + ": field " + key + " not found in type targetgroup.plain");
        }
      }
      groups.add(new TargetGroup(origin + ":" + i, targets(group.get("targets"), where),
          labels(group.get("labels"), where, extraLabelName, origin)));
    }
    return groups;
  }

  private static List<Labels> targets(Object value, String where) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(where + ": targets must be a list, found " + describe(value));
    }
    List<Labels> targets = new ArrayList<>(list.size());
    for (Object target : list) {
      if (target == null || target instanceof List || target instanceof Map) {
        throw new IllegalArgumentException(where + ": a target must be a \"host:port\" string, found "
            + describe(target));
      }
      targets.add(Labels.of("__address__", target.toString()));
    }
    return targets;
  }

  private static Labels labels(Object value, String where, String extraLabelName, String origin) {
    LabelsBuilder builder = new LabelsBuilder();
    if (value != null) {
      if (!(value instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(where + ": labels must be a mapping, found " + describe(value));
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (!LabelNames.isValidLegacyLabelName(name)) {
          throw new IllegalArgumentException(where + ": \"" + name + "\" is not a valid label name");
        }
        if (entry.getValue() instanceof List || entry.getValue() instanceof Map) {
          throw new IllegalArgumentException(where + ": label " + name + " must have a string value, found "
              + describe(entry.getValue()));
        }
        builder.set(name, entry.getValue() == null ? "" : entry.getValue().toString());
      }
    }
    builder.set(extraLabelName, origin);
    return builder.build();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof List ? "a list" : value instanceof Map ? "a mapping" : "\"" + value + "\"";
  }
}
