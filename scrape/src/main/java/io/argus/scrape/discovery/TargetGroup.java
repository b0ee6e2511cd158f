package io.argus.scrape.discovery;

import io.argus.core.label.Labels;
import java.util.List;
import java.util.Objects;

/**
 * A set of targets sharing labels, as Prometheus' {@code targetgroup.Group}. A discoverer reports
 * groups by {@code source}; a later group with the same source replaces the earlier one, and a
 * group with no targets removes them.
 *
 * @param source unique within its discoverer, e.g. {@code /etc/targets.json:0}
 * @param targets each target's own labels, at least {@code __address__}
 * @param labels labels for every target, which a target's own labels override
 */
public record TargetGroup(String source, List<Labels> targets, Labels labels) {

  public TargetGroup {
    Objects.requireNonNull(source, "source");
    targets = List.copyOf(targets);
    Objects.requireNonNull(labels, "labels");
  }

  /** An empty group: removes what {@code source} reported before. */
  public static TargetGroup empty(String source) {
    return new TargetGroup(source, List.of(), Labels.empty());
  }
}
