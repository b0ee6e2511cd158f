package io.argus.scrape.discovery;

import io.argus.core.label.Labels;
import io.argus.scrape.config.StaticConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code static_configs}: reports its groups once, sources numbered as in Prometheus. */
public final class StaticDiscoverer implements Discoverer {

  private final List<TargetGroup> groups;

  public StaticDiscoverer(List<StaticConfig> configs) {
    List<TargetGroup> built = new ArrayList<>();
    for (int i = 0; i < configs.size(); i++) {
      StaticConfig config = configs.get(i);
      List<Labels> targets = config.targets().stream().map(address -> Labels.of("__address__", address)).toList();
      built.add(new TargetGroup(Integer.toString(i), targets, Labels.of(config.labels())));
    }
    this.groups = List.copyOf(built);
  }

  public List<TargetGroup> groups() {
    return groups;
  }

  @Override
  public void run(Consumer<List<TargetGroup>> updates) {
    updates.accept(groups);
  }
}
