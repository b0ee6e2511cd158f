package io.argus.scrape.loop;

import io.argus.core.storage.Appendable;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owns the scrape pools of all jobs. {@link #applyConfig(List)} keeps pools whose config scrapes
 * alike (discovery changes alone restart nothing; see {@link ScrapeConfig#scrapesLike}), restarts
 * changed ones (their targets are re-synced from the last known groups) and stops removed
 * ones; {@link #updateTargets(String, List)} hands a job its current target groups, usually from
 * the discovery manager. Thread-safe.
 */
public final class ScrapeManager implements AutoCloseable {

  private final Appendable appendable;
  private final ScrapeOptions options;
  private final Map<String, ScrapePool> pools = new LinkedHashMap<>();
  private final Map<String, List<TargetGroup>> lastGroups = new HashMap<>();

  public ScrapeManager(Appendable appendable) {
    this(appendable, ScrapeOptions.defaults());
  }

  /** With {@code startLoops} false no threads are started; callers drive the loops (tests). */
  public ScrapeManager(Appendable appendable, Clock clock, boolean startLoops) {
    this(appendable, new ScrapeOptions(clock, startLoops, false));
  }

  public ScrapeManager(Appendable appendable, ScrapeOptions options) {
    this.appendable = appendable;
    this.options = options;
  }

  /**
   * Applies a new set of scrape configs.
   *
   * @throws IllegalArgumentException if two configs share a job name; nothing changes then
   */
  public synchronized void applyConfig(List<ScrapeConfig> configs) {
    Map<String, ScrapeConfig> byJob = new LinkedHashMap<>();
    for (ScrapeConfig config : configs) {
      if (byJob.put(config.jobName(), config) != null) {
        throw new IllegalArgumentException("found multiple scrape configs with job name \"" + config.jobName() + "\"");
      }
    }
    pools.entrySet().removeIf(entry -> {
      ScrapeConfig wanted = byJob.get(entry.getKey());
      if (wanted != null && wanted.scrapesLike(entry.getValue().config())) {
        return false;
      }
      // A changed job restarts without end-of-run staleness: its targets usually continue.
      entry.getValue().stop(wanted == null);
      return true;
    });
    for (ScrapeConfig config : byJob.values()) {
      if (!pools.containsKey(config.jobName())) {
        ScrapePool pool = new ScrapePool(config, appendable, options);
        pools.put(config.jobName(), pool);
        pool.sync(lastGroups.getOrDefault(config.jobName(), List.of()));
      }
    }
    lastGroups.keySet().retainAll(byJob.keySet());
  }

  /** Sets the complete current target groups of {@code jobName}; kept for a job configured later. */
  public synchronized void updateTargets(String jobName, List<TargetGroup> groups) {
    lastGroups.put(jobName, List.copyOf(groups));
    ScrapePool pool = pools.get(jobName);
    if (pool != null) {
      pool.sync(groups);
    }
  }

  /** The pools by job name, in config order. */
  public synchronized Map<String, ScrapePool> pools() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pools));
  }

  public synchronized ScrapePool pool(String jobName) {
    return pools.get(jobName);
  }

  /** Stops every loop, writing staleness markers for all scraped series (Argus' shutdown behaviour). */
  @Override
  public synchronized void close() {
    for (ScrapePool pool : pools.values()) {
      pool.stop(true);
    }
    pools.clear();
  }
}
