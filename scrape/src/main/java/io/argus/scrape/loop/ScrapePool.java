package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.relabel.Relabeler;
import io.argus.scrape.target.Target;
import io.argus.scrape.target.TargetBuilder;
import io.argus.scrape.target.TargetHealth;
import io.argus.scrape.target.TargetOutcome;
import io.argus.scrape.target.TargetState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scrape loops of one job. {@link #sync(List)} applies the job's full current set of target
 * groups: loops of targets that remain keep running with their caches and staleness state, new
 * targets get loops, and loops of vanished targets stop with staleness markers. Thread-safe.
 */
public final class ScrapePool implements AutoCloseable {

  private final ScrapeConfig config;
  private final Appendable appendable;
  private final ScrapeOptions options;
  private final TargetBuilder targetBuilder;
  private final Relabeler metricRelabeler;
  private final HttpScraper scraper;
  private final Map<Labels, ScrapeLoop> loops = new LinkedHashMap<>();
  private List<Target> activeTargets = List.of();
  private List<TargetOutcome> droppedTargets = List.of();
  private List<String> targetErrors = List.of();

  /** A pool without extra scrape metrics; with {@code startLoops} false no threads are started. */
  public ScrapePool(ScrapeConfig config, Appendable appendable, Clock clock, boolean startLoops) {
    this(config, appendable, new ScrapeOptions(clock, startLoops, false));
  }

  public ScrapePool(ScrapeConfig config, Appendable appendable, ScrapeOptions options) {
    this.config = config;
    this.appendable = appendable;
    this.options = options;
    this.targetBuilder = new TargetBuilder(config);
    this.metricRelabeler = Relabeler.of(config.metricRelabelConfigs());
    this.scraper = new HttpScraper(config);
  }

  public ScrapeConfig config() {
    return config;
  }

  /** Replaces the pool's targets with those of {@code groups} (all groups of the job). */
  public synchronized void sync(List<TargetGroup> groups) {
    Map<Labels, Target> wanted = new LinkedHashMap<>();
    List<TargetOutcome> dropped = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (TargetGroup group : groups) {
      List<TargetOutcome> outcomes = targetBuilder.fromGroup(group);
      for (int i = 0; i < outcomes.size(); i++) {
        switch (outcomes.get(i)) {
          case TargetOutcome.Active active -> wanted.putIfAbsent(active.target().labels(), active.target());
          case TargetOutcome.Dropped drop -> {
            if (config.keepDroppedTargets() == 0 || dropped.size() < config.keepDroppedTargets()) {
              dropped.add(drop);
            }
          }
          case TargetOutcome.Invalid invalid ->
              errors.add("instance " + i + " in group " + group.source() + ": " + invalid.error());
        }
      }
    }
    boolean overLimit = config.targetLimit() > 0 && wanted.size() > config.targetLimit();
    List<Labels> vanished = new ArrayList<>();
    for (Labels key : loops.keySet()) {
      if (overLimit || !wanted.containsKey(key)) {
        vanished.add(key);
      }
    }
    for (Labels key : vanished) {
      loops.remove(key).stop(true);
    }
    List<Target> active = new ArrayList<>(wanted.size());
    for (Map.Entry<Labels, Target> entry : wanted.entrySet()) {
      ScrapeLoop loop = loops.get(entry.getKey());
      if (overLimit) {
        Target target = entry.getValue();
        target.recordScrape(new TargetState(TargetHealth.DOWN, "target_limit exceeded (number of targets: "
            + wanted.size() + ", limit: " + config.targetLimit() + ")", 0, 0));
        active.add(target);
        continue;
      }
      if (loop == null) {
        loop = new ScrapeLoop(entry.getValue(), config, scraper, appendable, metricRelabeler, options);
        loops.put(entry.getKey(), loop);
        if (options.startLoops()) {
          loop.start();
        }
      }
      active.add(loop.target());
    }
    activeTargets = List.copyOf(active);
    droppedTargets = List.copyOf(dropped);
    targetErrors = List.copyOf(errors);
  }

  /** The active targets, in discovery order. */
  public synchronized List<Target> activeTargets() {
    return activeTargets;
  }

  /** Targets dropped by relabeling, at most {@code keep_dropped_targets} of them (0 keeps all). */
  public synchronized List<TargetOutcome> droppedTargets() {
    return droppedTargets;
  }

  /** Why discovered targets could not be used, one line each (Prometheus logs these). */
  public synchronized List<String> targetErrors() {
    return targetErrors;
  }

  /** The loops, for callers that drive scrapes themselves. */
  public synchronized List<ScrapeLoop> loops() {
    return List.copyOf(loops.values());
  }

  /** Stops every loop, with staleness markers when {@code writeStaleMarkers}. */
  public synchronized void stop(boolean writeStaleMarkers) {
    for (ScrapeLoop loop : loops.values()) {
      loop.stop(writeStaleMarkers);
    }
    loops.clear();
    scraper.close();
  }

  @Override
  public void close() {
    stop(true);
  }
}
