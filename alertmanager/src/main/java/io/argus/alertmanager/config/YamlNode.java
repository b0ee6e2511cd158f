package io.argus.alertmanager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A composed YAML node with its position, read with strict expectations: every accessor names
 * the expected kind and the found one, and a mapping read through {@link #mapping} refuses keys
 * nobody asked for ({@link Mapping#finish}), as Alertmanager's strict unmarshalling does.
 */
final class YamlNode {

  private final Node node;
  private final String file;

  YamlNode(Node node, String file) {
    this.node = node;
    this.file = file;
  }

  ConfigPosition position() {
    Mark mark = node.getStartMark().orElse(null);
    return mark == null
        ? new ConfigPosition(file, 0, 0)
        : new ConfigPosition(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  boolean isNull() {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  InvalidConfigException error(String message) {
    return new InvalidConfigException(position(), message);
  }

  String kind() {
    return switch (node) {
      case MappingNode m -> "a mapping";
      case SequenceNode s -> "a list";
      case ScalarNode s -> isNull() ? "null" : "the scalar \"" + s.getValue() + "\"";
      default -> "a " + node.getNodeType();
    };
  }

  String string(String what) {
    if (node instanceof ScalarNode scalar && !isNull()) {
      return scalar.getValue();
    }
    throw error("expected " + what + " to be a string, found " + kind());
  }

  boolean bool(String what) {
    String text = string(what);
    return switch (text) {
      case "true", "True", "TRUE" -> true;
      case "false", "False", "FALSE" -> false;
      default -> throw error("expected " + what + " to be true or false, found \"" + text + "\"");
    };
  }

  int integer(String what) {
    String text = string(what);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error("expected " + what + " to be an integer, found \"" + text + "\"");
    }
  }

  List<YamlNode> list(String what) {
    if (isNull()) {
      return List.of();
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        items.add(new YamlNode(item, file));
      }
      return items;
    }
    throw error("expected " + what + " to be a list, found " + kind());
  }

  List<String> stringList(String what) {
    List<String> strings = new ArrayList<>();
    for (YamlNode item : list(what)) {
      strings.add(item.string("each entry of " + what));
    }
    return List.copyOf(strings);
  }

  /** A string-to-string mapping such as {@code match:} or {@code headers:}, in file order. */
  Map<String, String> stringMap(String what) {
    Map<String, String> result = new LinkedHashMap<>();
    Mapping mapping = mapping(what);
    for (Map.Entry<String, YamlNode> entry : mapping.entries.entrySet()) {
      result.put(entry.getKey(), entry.getValue().string("the value of " + entry.getKey()));
      mapping.used.add(entry.getKey());
    }
    return result;
  }

  Mapping mapping(String what) {
    if (isNull()) {
      return new Mapping(this, what, Map.of(), Map.of());
    }
    if (!(node instanceof MappingNode mappingNode)) {
      throw error("expected " + what + " to be a mapping, found " + kind());
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, YamlNode> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mappingNode.getValue()) {
      YamlNode key = new YamlNode(tuple.getKeyNode(), file);
      String name = key.string("a key in " + what);
      if (entries.containsKey(name)) {
        throw key.error("key \"" + name + "\" appears more than once in " + what);
      }
      entries.put(name, new YamlNode(tuple.getValueNode(), file));
      keys.put(name, key);
    }
    return new Mapping(this, what, entries, keys);
  }

  /** A mapping whose keys are taken one by one; {@link #finish} rejects the rest. */
  static final class Mapping {
    private final YamlNode self;
    private final String what;
    private final Map<String, YamlNode> entries;
    private final Map<String, YamlNode> keys;
    private final Set<String> used = new TreeSet<>();

    private Mapping(YamlNode self, String what, Map<String, YamlNode> entries, Map<String, YamlNode> keys) {
      this.self = self;
      this.what = what;
      this.entries = entries;
      this.keys = keys;
    }

    ConfigPosition position() {
      return self.position();
    }

    InvalidConfigException error(String message) {
      return self.error(message);
    }

    /** The value under {@code key}, or null when the key is absent or its value is null. */
    YamlNode get(String key) {
      used.add(key);
      YamlNode value = entries.get(key);
      return value == null || value.isNull() ? null : value;
    }

    boolean has(String key) {
      return get(key) != null;
    }

    String string(String key, String absent) {
      YamlNode value = get(key);
      return value == null ? absent : value.string(key);
    }

    boolean bool(String key, boolean absent) {
      YamlNode value = get(key);
      return value == null ? absent : value.bool(key);
    }

    List<String> stringList(String key) {
      YamlNode value = get(key);
      return value == null ? List.of() : value.stringList(key);
    }

    /** Rejects keys that no accessor asked for, naming the first of them and the known ones. */
    void finish(Set<String> knownKeys) {
      for (Map.Entry<String, YamlNode> entry : keys.entrySet()) {
        if (!used.contains(entry.getKey())) {
          throw entry.getValue().error(
              "field " + entry.getKey() + " not found in " + what + " (known fields: "
                  + String.join(", ", new TreeSet<>(knownKeys)) + ")");
        }
      }
    }

    void finish() {
      finish(used);
    }
  }
}
