package io.argus.rules.file;

import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.time.PrometheusDuration;
import io.argus.promql.parser.ParseException;
import io.argus.promql.parser.PromqlParser;
import io.argus.rules.template.AlertTemplates;
import io.argus.template.TemplateParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads rule files with Prometheus' {@code rulefmt} rules: strict keys, one of {@code record} and
 * {@code alert}, a parseable {@code expr}, no {@code for}/{@code keep_firing_for}/{@code
 * annotations} on recording rules, valid metric, label and annotation names, templates that parse,
 * and group names unique within the file. All problems of a file are collected and reported
 * together, each as {@code file:line:column: group "g", rule N, "name": reason}. Thread-safe.
 */
public final class RuleFileLoader {

  private static final Set<String> FILE_KEYS = Set.of("groups");
  private static final Set<String> GROUP_KEYS =
      Set.of("name", "interval", "query_offset", "limit", "rules", "labels");
  private static final Set<String> RULE_KEYS =
      Set.of("record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations");

  private RuleFileLoader() {}

  /** Loads and validates one file. */
  public static RuleFile load(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(List.of(path + ": cannot read rule file: " + e.getMessage()));
    }
    return parse(text, path.toString());
  }

  /**
   * Parses and validates rule-file text.
   *
   * @param fileName the name used in error messages and as the groups' {@code file}
   * @throws RuleFileException listing every problem
   */
  public static RuleFile parse(String text, String fileName) {
    List<String> errors = new ArrayList<>();
    Node root = compose(text, fileName);
    List<RuleGroupConfig> groups = new ArrayList<>();
    if (root != null && !isNull(root)) {
      new Reader(fileName, errors).readFile(root, groups);
    }
    if (!errors.isEmpty()) {
      throw new RuleFileException(errors);
    }
    return new RuleFile(fileName, groups);
  }

  private static Node compose(String text, String fileName) {
    LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
    try {
      Optional<Node> node = new Compose(settings).composeString(text);
      return node.orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String where = mark == null ? fileName : fileName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new RuleFileException(List.of(where + ": invalid YAML: " + problem));
    } catch (YamlEngineException e) {
      throw new RuleFileException(List.of(fileName + ": invalid YAML: " + e.getMessage()));
    }
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  /** One pass over one file's node tree, appending to {@code errors}. */
  private static final class Reader {
    private final String file;
    private final List<String> errors;

    Reader(String file, List<String> errors) {
      this.file = file;
      this.errors = errors;
    }

    void readFile(Node root, List<RuleGroupConfig> groups) {
      Map<String, Node> top = mapping(root, FILE_KEYS, "rulefmt.RuleGroups");
      if (top == null) {
        return;
      }
      Node groupsNode = top.get("groups");
      if (groupsNode == null || isNull(groupsNode)) {
        return;
      }
      if (!(groupsNode instanceof SequenceNode sequence)) {
        error(groupsNode, "cannot unmarshal " + kind(groupsNode) + " into []rulefmt.RuleGroup");
        return;
      }
      Set<String> names = new HashSet<>();
      for (Node groupNode : sequence.getValue()) {
        RuleGroupConfig group = readGroup(groupNode, names);
        if (group != null) {
          groups.add(group);
        }
      }
    }

    private RuleGroupConfig readGroup(Node node, Set<String> names) {
      Map<String, Node> fields = mapping(node, GROUP_KEYS, "rulefmt.RuleGroup");
      if (fields == null) {
        return null;
      }
      int errorsBefore = errors.size();
      String name = string(fields.get("name"));
      if (name == null || name.isEmpty()) {
        error(node, "Groupname must not be empty");
        name = name == null ? "" : name;
      } else if (!names.add(name)) {
        error(node, "groupname: \"" + name + "\" is repeated in the same file");
      }
      long interval = duration(fields.get("interval"), 0L);
      Long queryOffset = fields.containsKey("query_offset") ? duration(fields.get("query_offset"), 0L) : null;
      int limit = integer(fields.get("limit"));
      Map<String, String> groupLabels = stringMap(fields.get("labels"));
      for (String label : groupLabels.keySet()) {
        if (!LabelNames.isValidLegacyLabelName(label) || label.equals(Labels.METRIC_NAME)) {
          error(fields.get("labels"), "invalid label name: " + label);
        }
      }
      List<RuleConfig> rules = new ArrayList<>();
      Node rulesNode = fields.get("rules");
      if (rulesNode != null && !isNull(rulesNode)) {
        if (rulesNode instanceof SequenceNode sequence) {
          int index = 0;
          for (Node ruleNode : sequence.getValue()) {
            index++;
            RuleConfig rule = readRule(ruleNode, name, index);
            if (rule != null) {
              rules.add(rule);
            }
          }
        } else {
          error(rulesNode, "cannot unmarshal " + kind(rulesNode) + " into []rulefmt.Rule");
        }
      }
      if (errors.size() > errorsBefore) {
        return null;
      }
      return new RuleGroupConfig(name, file, interval, queryOffset, limit, groupLabels, rules);
    }

    private RuleConfig readRule(Node node, String group, int index) {
      Map<String, Node> fields = mapping(node, RULE_KEYS, "rulefmt.Rule");
      if (fields == null) {
        return null;
      }
      int errorsBefore = errors.size();
      Node recordNode = fields.get("record");
      Node alertNode = fields.get("alert");
      String record = orEmpty(string(recordNode));
      String alert = orEmpty(string(alertNode));
      String ruleName = alert.isEmpty() ? record : alert;
      String prefix = "group \"" + group + "\", rule " + index + ", \"" + ruleName + "\": ";
      if (!record.isEmpty() && !alert.isEmpty()) {
        error(recordNode, prefix + "only one of 'record' and 'alert' must be set");
      }
      if (record.isEmpty() && alert.isEmpty()) {
        error(recordNode != null ? recordNode : alertNode != null ? alertNode : node,
            prefix + "one of 'record' or 'alert' must be set");
      }
      Node exprNode = fields.get("expr");
      String expr = orEmpty(string(exprNode));
      if (expr.isEmpty()) {
        error(exprNode != null ? exprNode : node, prefix + "field 'expr' must be set in rule");
      } else {
        try {
          PromqlParser.parseExpr(expr);
        } catch (ParseException e) {
          error(exprNode, prefix + "could not parse expression: " + e.getMessage());
        }
      }
      long forMillis = duration(fields.get("for"), 0L);
      long keepFiringFor = duration(fields.get("keep_firing_for"), 0L);
      Map<String, String> labels = stringMap(fields.get("labels"));
      Map<String, String> annotations = stringMap(fields.get("annotations"));
      if (!record.isEmpty()) {
        if (!annotations.isEmpty()) {
          error(recordNode, prefix + "invalid field 'annotations' in recording rule");
        }
        if (forMillis != 0) {
          error(recordNode, prefix + "invalid field 'for' in recording rule");
        }
        if (keepFiringFor != 0) {
          error(recordNode, prefix + "invalid field 'keep_firing_for' in recording rule");
        }
        if (!LabelNames.isValidLegacyMetricName(record)) {
          error(recordNode, prefix + "invalid recording rule name: " + record);
        }
      }
      for (String label : labels.keySet()) {
        if (!LabelNames.isValidLegacyLabelName(label) || label.equals(Labels.METRIC_NAME)) {
          error(entryNode(fields.get("labels"), label, true), prefix + "invalid label name: " + label);
        }
      }
      for (String annotation : annotations.keySet()) {
        if (!LabelNames.isValidLegacyLabelName(annotation)) {
          error(entryNode(fields.get("annotations"), annotation, true), prefix + "invalid annotation name: " + annotation);
        }
      }
      if (!alert.isEmpty()) {
        checkTemplates(alert, labels, "label", fields.get("labels"), prefix);
        checkTemplates(alert, annotations, "annotation", fields.get("annotations"), prefix);
      }
      if (errors.size() > errorsBefore) {
        return null;
      }
      if (!record.isEmpty()) {
        return new RecordingRuleConfig(record, expr, labels);
      }
      return new AlertingRuleConfig(alert, expr, forMillis, keepFiringFor, labels, annotations);
    }

    private void checkTemplates(
        String alert, Map<String, String> templates, String kind, Node node, String prefix) {
      for (Map.Entry<String, String> entry : templates.entrySet()) {
        try {
          AlertTemplates.parse(alert, entry.getValue());
        } catch (TemplateParseException e) {
          error(entryNode(node, entry.getKey(), false), prefix + kind + " \"" + entry.getKey() + "\": " + AlertTemplates.describe(e));
        }
      }
    }

    /** The key or value node of {@code key} in a mapping, or the mapping itself. */
    private static Node entryNode(Node mapping, String key, boolean keyNode) {
      if (mapping instanceof MappingNode map) {
        for (NodeTuple tuple : map.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
            return keyNode ? tuple.getKeyNode() : tuple.getValueNode();
          }
        }
      }
      return mapping;
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String typeName) {
      if (!(node instanceof MappingNode mapping)) {
        if (!isNull(node)) {
          error(node, "cannot unmarshal " + kind(node) + " into " + typeName);
        }
        return null;
      }
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (key == null || !allowed.contains(key)) {
          error(tuple.getKeyNode(), "field " + key + " not found in type " + typeName);
          continue;
        }
        if (fields.containsKey(key)) {
          error(tuple.getKeyNode(), "mapping key \"" + key + "\" already defined");
          continue;
        }
        fields.put(key, tuple.getValueNode());
      }
      return fields;
    }

    private String string(Node node) {
      if (node == null || isNull(node)) {
        return null;
      }
      if (node instanceof ScalarNode scalar) {
        return scalar.getValue();
      }
      error(node, "cannot unmarshal " + kind(node) + " into string");
      return null;
    }

    private long duration(Node node, long absent) {
      String text = string(node);
      if (text == null) {
        return absent;
      }
      try {
        return PrometheusDuration.parseMillis(text);
      } catch (IllegalArgumentException e) {
        error(node, e.getMessage());
        return absent;
      }
    }

    private int integer(Node node) {
      String text = string(node);
      if (text == null) {
        return 0;
      }
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        error(node, "cannot unmarshal !!str `" + text + "` into int");
        return 0;
      }
    }

    private Map<String, String> stringMap(Node node) {
      Map<String, String> result = new LinkedHashMap<>();
      if (node == null || isNull(node)) {
        return result;
      }
      if (!(node instanceof MappingNode mapping)) {
        error(node, "cannot unmarshal " + kind(node) + " into map[string]string");
        return result;
      }
      for (NodeTuple tuple : mapping.getValue()) {
        String key = string(tuple.getKeyNode());
        String value = string(tuple.getValueNode());
        if (key != null) {
          if (result.containsKey(key)) {
            error(tuple.getKeyNode(), "mapping key \"" + key + "\" already defined");
          }
          result.put(key, value == null ? "" : value);
        }
      }
      return result;
    }

    private static String orEmpty(String text) {
      return text == null ? "" : text;
    }

    private static String kind(Node node) {
      return switch (node) {
        case MappingNode ignored -> "!!map";
        case SequenceNode ignored -> "!!seq";
        default -> node.getTag().getValue().replace("tag:yaml.org,2002:", "!!");
      };
    }

    private void error(Node node, String message) {
      Mark mark = node == null ? null : node.getStartMark().orElse(null);
      String where = mark == null ? file : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      errors.add(where + ": " + message);
    }
  }
}
