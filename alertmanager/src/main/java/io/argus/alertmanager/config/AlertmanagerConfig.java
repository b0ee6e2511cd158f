package io.argus.alertmanager.config;

import io.argus.alertmanager.timeinterval.NamedTimeInterval;
import java.util.List;

/**
 * A loaded and validated alertmanager.yml. {@code timeIntervals} holds both {@code
 * time_intervals:} and the older {@code mute_time_intervals:}, which share one namespace.
 */
public record AlertmanagerConfig(
    GlobalConfig global,
    RouteConfig route,
    List<InhibitRuleConfig> inhibitRules,
    List<ReceiverConfig> receivers,
    List<String> templates,
    List<NamedTimeInterval> timeIntervals) {

  public AlertmanagerConfig {
    inhibitRules = List.copyOf(inhibitRules);
    receivers = List.copyOf(receivers);
    templates = List.copyOf(templates);
    timeIntervals = List.copyOf(timeIntervals);
  }

  /** The receiver of that name, or null. */
  public ReceiverConfig receiver(String name) {
    for (ReceiverConfig receiver : receivers) {
      if (receiver.name().equals(name)) {
        return receiver;
      }
    }
    return null;
  }
}
