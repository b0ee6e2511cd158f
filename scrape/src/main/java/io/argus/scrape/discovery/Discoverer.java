package io.argus.scrape.discovery;

import java.util.List;
import java.util.function.Consumer;

/**
 * One service-discovery mechanism. {@link #run} reports target groups until the thread is
 * interrupted: the first report carries every group, later ones at least the groups that changed,
 * each replacing the group of the same source (an empty group removes it). Implementations own no
 * threads; the discovery manager runs each on a virtual thread. Adding a mechanism (DNS,
 * Kubernetes, Consul, …) means implementing this one method.
 */
@FunctionalInterface
public interface Discoverer {

  /**
   * Discovers until interrupted; may also return when there is nothing more to discover.
   *
   * @param updates receives changed groups; called from the discoverer's thread only
   */
  void run(Consumer<List<TargetGroup>> updates) throws InterruptedException;
}
