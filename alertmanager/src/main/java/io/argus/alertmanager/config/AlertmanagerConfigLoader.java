package io.argus.alertmanager.config;

import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads alertmanager.yml as Alertmanager 0.25 does: strict keys, its defaults ({@code
 * resolve_timeout: 5m}, {@code group_wait: 30s}, {@code group_interval: 5m}, {@code
 * repeat_interval: 4h}, {@code send_resolved: true} for webhooks) and its validation (a root
 * receiver, no matchers on the root route, every referenced receiver and time interval defined,
 * unique names). Every error is an {@link InvalidConfigException} naming file:line:column.
 * Thread-safe and stateless.
 */
public final class AlertmanagerConfigLoader {

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("global", "route", "inhibit_rules", "receivers", "templates", "time_intervals",
          "mute_time_intervals");

  private AlertmanagerConfigLoader() {}

  /** Loads and validates the file. */
  public static AlertmanagerConfig load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses and validates {@code text}, naming {@code fileName} in errors. */
  public static AlertmanagerConfig parse(String text, String fileName) {
    YamlNode root = compose(text, fileName);
    if (root == null) {
      throw new InvalidConfigException(new ConfigPosition(fileName, 1, 1), "no route provided in config");
    }
    return read(root);
  }

  /**
   * Reads an alertmanager configuration embedded in a larger YAML document (for example under an
   * {@code alertmanager:} key of Argus's own configuration) from its already composed node.
   * Errors carry the node's positions, so they name lines of the enclosing file.
   */
  public static AlertmanagerConfig fromNode(Node node, String fileName) {
    YamlNode root = new YamlNode(node, fileName);
    if (root.isNull()) {
      throw root.error("no route provided in config");
    }
    return read(root);
  }

  private static AlertmanagerConfig read(YamlNode root) {
    YamlNode.Mapping top = root.mapping("the configuration");
    GlobalConfig global = GlobalConfigReader.read(top.get("global"));
    List<NamedTimeInterval> intervals = new ArrayList<>();
    List<ConfigPosition> intervalPositions = new ArrayList<>();
    for (String key : List.of("mute_time_intervals", "time_intervals")) {
      YamlNode list = top.get(key);
      if (list != null) {
        for (YamlNode item : list.list(key)) {
          intervals.add(TimeIntervalReader.read(item, key));
          intervalPositions.add(item.position());
        }
      }
    }
    List<ReceiverConfig> receivers = new ArrayList<>();
    YamlNode receiverList = top.get("receivers");
    if (receiverList != null) {
      for (YamlNode item : receiverList.list("receivers")) {
        receivers.add(ReceiverConfigReader.read(item, global));
      }
    }
    List<InhibitRuleConfig> inhibitRules = new ArrayList<>();
    YamlNode inhibitList = top.get("inhibit_rules");
    if (inhibitList != null) {
      for (YamlNode item : inhibitList.list("inhibit_rules")) {
        inhibitRules.add(RouteConfigReader.readInhibitRule(item));
      }
    }
    List<String> templates = top.stringList("templates");
    YamlNode routeNode = top.get("route");
    top.finish(TOP_LEVEL_KEYS);
    if (routeNode == null) {
      throw top.error("no route provided in config");
    }
    RouteConfig route = RouteConfigReader.readRoute(routeNode);
    AlertmanagerConfig config =
        new AlertmanagerConfig(global, route, inhibitRules, receivers, templates, intervals);
    ConfigValidator.validate(config, intervalPositions, top.position());
    return config;
  }

  private static YamlNode compose(String text, String fileName) {
    LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
    try {
      Optional<Node> node = new Compose(settings).composeString(text);
      return node.map(n -> new YamlNode(n, fileName)).filter(n -> !n.isNull()).orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      ConfigPosition position = mark == null
          ? new ConfigPosition(fileName, 0, 0)
          : new ConfigPosition(fileName, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new InvalidConfigException(position, "invalid YAML: " + problem);
    } catch (YamlEngineException e) {
      throw new InvalidConfigException(new ConfigPosition(fileName, 0, 0), "invalid YAML: " + e.getMessage());
    }
  }
}
