package io.argus.alertmanager.config;

import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks Alertmanager makes across sections, once the whole file is read. */
final class ConfigValidator {

  private ConfigValidator() {}

  static void validate(
      AlertmanagerConfig config, List<ConfigPosition> intervalPositions, ConfigPosition top) {
    Set<String> receiverNames = new HashSet<>();
    for (ReceiverConfig receiver : config.receivers()) {
      if (!receiverNames.add(receiver.name())) {
        throw new InvalidConfigException(receiver.position(),
            "notification config name \"" + receiver.name() + "\" is not unique");
      }
    }
    Set<String> intervalNames = new HashSet<>();
    for (int i = 0; i < config.timeIntervals().size(); i++) {
      NamedTimeInterval interval = config.timeIntervals().get(i);
      if (!intervalNames.add(interval.name())) {
        throw new InvalidConfigException(intervalPositions.get(i),
            "time interval \"" + interval.name() + "\" is not unique");
      }
    }
    RouteConfig root = config.route();
    if (root.receiver() == null || root.receiver().isEmpty()) {
      throw new InvalidConfigException(root.position(), "root route must specify a default receiver");
    }
    if (!root.matchers().isEmpty()) {
      throw new InvalidConfigException(root.position(), "root route must not have any matchers");
    }
    if (!root.muteTimeIntervals().isEmpty()) {
      throw new InvalidConfigException(root.position(), "root route must not have any mute time intervals");
    }
    if (!root.activeTimeIntervals().isEmpty()) {
      throw new InvalidConfigException(root.position(), "root route must not have any active time intervals");
    }
    checkReferences(root, receiverNames, intervalNames);
  }

  private static void checkReferences(
      RouteConfig route, Set<String> receiverNames, Set<String> intervalNames) {
    if (route.receiver() != null && !receiverNames.contains(route.receiver())) {
      throw new InvalidConfigException(route.position(),
          "undefined receiver \"" + route.receiver() + "\" used in route");
    }
    for (String name : route.muteTimeIntervals()) {
      if (!intervalNames.contains(name)) {
        throw new InvalidConfigException(route.position(),
            "undefined time interval \"" + name + "\" used in route");
      }
    }
    for (String name : route.activeTimeIntervals()) {
      if (!intervalNames.contains(name)) {
        throw new InvalidConfigException(route.position(),
            "undefined time interval \"" + name + "\" used in route");
      }
    }
    for (RouteConfig child : route.routes()) {
      checkReferences(child, receiverNames, intervalNames);
    }
  }
}
