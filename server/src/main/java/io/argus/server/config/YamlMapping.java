package io.argus.server.config;

import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.time.PrometheusDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML mapping being bound to a record. Each accessor reads one key and converts it with
 * Prometheus' rules (durations, sizes, label names), failing with the key's position;
 * {@link #finish()} then rejects every key no accessor asked for. An absent key and a key with a
 * null value both yield the default, as Go's YAML decoder does.
 */
final class YamlMapping {

  private final String file;
  private final String type;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  private YamlMapping(String file, String type, Node node) {
    this.file = file;
    this.type = type;
    this.node = node;
  }

  /**
   * Binds {@code node}, which must be a mapping or null (an empty mapping).
   *
   * @param type the name of the section, used in messages ("scrape_config")
   */
  static YamlMapping of(String file, String type, Node node) throws ConfigException {
    YamlMapping mapping = new YamlMapping(file, type, node);
    if (node == null || isNull(node)) {
      return mapping;
    }
    if (!(node instanceof MappingNode map)) {
      throw ConfigException.at(file, mark(node), "expected a mapping for " + type + ", got " + kind(node));
    }
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw ConfigException.at(file, mark(tuple.getKeyNode()), "expected a string key in " + type);
      }
      NodeTuple earlier = mapping.entries.putIfAbsent(key.getValue(), tuple);
      if (earlier != null) {
        Mark first = mark(earlier.getKeyNode());
        throw ConfigException.at(file, mark(key), "mapping key \"" + key.getValue() + "\" already defined"
            + (first == null ? "" : " at line " + (first.getLine() + 1)));
      }
    }
    return mapping;
  }

  String file() {
    return file;
  }

  /** Where this mapping starts, for errors about the whole section. */
  ConfigException error(String message) {
    return ConfigException.at(file, node == null ? null : mark(node), message);
  }

  /** An error placed at the value of {@code key} (or at the mapping when the key is absent). */
  ConfigException errorAt(String key, String message) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? error(message) : ConfigException.at(file, mark(tuple.getValueNode()), message);
  }

  /** The keys in file order. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  boolean has(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple != null && !isNull(tuple.getValueNode());
  }

  /** The raw value node of {@code key}, or null; marks the key as read. */
  Node node(String key) {
    read.add(key);
    NodeTuple tuple = entries.get(key);
    return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
  }

  String string(String key, String defaultValue) throws ConfigException {
    Node value = node(key);
    return value == null ? defaultValue : scalar(key, value);
  }

  /** A string that must be present and non-empty. */
  String requiredString(String key) throws ConfigException {
    String value = string(key, "");
    if (value.isEmpty()) {
      throw error(type + " needs \"" + key + "\"");
    }
    return value;
  }

  boolean bool(String key, boolean defaultValue) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return defaultValue;
    }
    String text = scalar(key, value);
    return switch (text) {
      case "true", "True", "TRUE" -> true;
      case "false", "False", "FALSE" -> false;
      default -> throw ConfigException.at(file, mark(value), "invalid boolean for " + key + ": \"" + text + "\"");
    };
  }

  long longValue(String key, long defaultValue) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return defaultValue;
    }
    String text = scalar(key, value);
    try {
      long parsed = Long.parseLong(text);
      if (parsed < 0) {
        throw ConfigException.at(file, mark(value), key + " must not be negative, got " + text);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ConfigException.at(file, mark(value), "invalid integer for " + key + ": \"" + text + "\"");
    }
  }

  double doubleValue(String key, double defaultValue) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return defaultValue;
    }
    String text = scalar(key, value);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw ConfigException.at(file, mark(value), "invalid number for " + key + ": \"" + text + "\"");
    }
  }

  /** A Prometheus duration in milliseconds. */
  long duration(String key, long defaultMillis) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return defaultMillis;
    }
    String text = scalar(key, value);
    try {
      return PrometheusDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(file, mark(value), "invalid duration for " + key + ": " + e.getMessage());
    }
  }

  /** A size in bytes as Prometheus writes it: {@code 0}, {@code 512}, {@code 10KB}, {@code 1GiB}, … */
  long byteSize(String key, long defaultBytes) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return defaultBytes;
    }
    String text = scalar(key, value);
    try {
      return ByteSize.parseBytes(text);
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(file, mark(value), "invalid size for " + key + ": " + e.getMessage());
    }
  }

  List<String> strings(String key) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw ConfigException.at(file, mark(value), "expected a list of strings for " + key + ", got " + kind(value));
    }
    List<String> out = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      out.add(scalar(key, item));
    }
    return List.copyOf(out);
  }

  Map<String, String> stringMap(String key) throws ConfigException {
    YamlMapping map = mapping(key);
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : map.keys()) {
      out.put(name, map.string(name, ""));
    }
    return out;
  }

  /** A label set whose names must be valid label names, as in {@code external_labels}. */
  Labels labels(String key) throws ConfigException {
    YamlMapping map = mapping(key);
    LabelsBuilder builder = new LabelsBuilder();
    for (String name : map.entries.keySet()) {
      if (!LabelNames.isValidLegacyLabelName(name)) {
        throw ConfigException.at(file, mark(map.entries.get(name).getKeyNode()),
            "\"" + name + "\" is not a valid label name");
      }
      builder.set(name, map.string(name, ""));
    }
    return builder.build();
  }

  YamlMapping mapping(String key) throws ConfigException {
    return of(file, key, node(key));
  }

  /** A list of mappings, each bound with {@code type} as its name in messages. */
  List<YamlMapping> mappings(String key, String itemType) throws ConfigException {
    Node value = node(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw ConfigException.at(file, mark(value), "expected a list for " + key + ", got " + kind(value));
    }
    List<YamlMapping> out = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      out.add(of(file, itemType, item));
    }
    return out;
  }

  /** Keys that Prometheus knows but Argus does not implement yet: refused by name, not ignored. */
  void refuseUnsupported(String... keys) throws ConfigException {
    for (String key : keys) {
      if (entries.containsKey(key)) {
        read.add(key);
        throw ConfigException.at(file, mark(entries.get(key).getKeyNode()),
            key + " in " + type + " is not supported by Argus yet");
      }
    }
  }

  /** Fails on the first key that no accessor read. */
  void finish() throws ConfigException {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!read.contains(entry.getKey())) {
        throw ConfigException.at(file, mark(entry.getValue().getKeyNode()),
            "unknown field \"" + entry.getKey() + "\" in " + type);
      }
    }
  }

  private String scalar(String key, Node value) throws ConfigException {
    if (!(value instanceof ScalarNode scalar)) {
      throw ConfigException.at(file, mark(value), "expected a single value for " + key + ", got " + kind(value));
    }
    return scalar.getValue();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private static String kind(Node node) {
    return switch (node) {
      case MappingNode m -> "a mapping";
      case SequenceNode s -> "a list";
      default -> "a single value";
    };
  }

  static Mark mark(Node node) {
    return node.getStartMark().orElse(null);
  }
}
