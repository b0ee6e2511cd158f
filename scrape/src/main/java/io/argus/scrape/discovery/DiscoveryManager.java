package io.argus.scrape.discovery;

import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.FileSdConfig;
import io.argus.scrape.config.HttpSdConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs the discoverers of every job, each on its own virtual thread, and hands the job's merged
 * groups (all providers, latest group per source) to a sink, typically
 * {@code ScrapeManager::updateTargets}. On {@link #applyConfig(List)} jobs whose discovery configs
 * are unchanged keep their discoverers; the others restart. Thread-safe.
 */
public final class DiscoveryManager implements AutoCloseable {

  /** How long a job waits for all its providers' first reports before handing over what it has. */
  static final long INITIAL_DELAY_MILLIS = 5_000;

  private final BiConsumer<String, List<TargetGroup>> sink;
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /** @param sink receives (job name, all current groups of the job) after every change */
  public DiscoveryManager(BiConsumer<String, List<TargetGroup>> sink) {
    this.sink = sink;
  }

  /** The discoverers for one job's configs: all static configs share one discoverer. */
  static List<Discoverer> discoverersFor(List<DiscoveryConfig> configs) {
    List<Discoverer> discoverers = new ArrayList<>();
    List<StaticConfig> statics = new ArrayList<>();
    for (DiscoveryConfig config : configs) {
      switch (config) {
        case StaticConfig staticConfig -> statics.add(staticConfig);
        case FileSdConfig file -> discoverers.add(new FileDiscoverer(file));
        case HttpSdConfig http -> discoverers.add(new HttpDiscoverer(http));
      }
    }
    if (!statics.isEmpty()) {
      discoverers.add(0, new StaticDiscoverer(statics));
    }
    return discoverers;
  }

  /** Starts, keeps or restarts discovery per job so that it matches {@code configs}. */
  public synchronized void applyConfig(List<ScrapeConfig> configs) {
    Map<String, List<DiscoveryConfig>> wanted = new LinkedHashMap<>();
    for (ScrapeConfig config : configs) {
      wanted.put(config.jobName(), config.discoveryConfigs());
    }
    jobs.entrySet().removeIf(entry -> {
      if (entry.getValue().configs.equals(wanted.get(entry.getKey()))) {
        return false;
      }
      entry.getValue().stop();
      return true;
    });
    wanted.forEach((jobName, discoveryConfigs) -> {
      if (!jobs.containsKey(jobName)) {
        Job job = new Job(jobName, discoveryConfigs);
        jobs.put(jobName, job);
        job.start();
      }
    });
  }

  @Override
  public synchronized void close() {
    jobs.values().forEach(Job::stop);
    jobs.clear();
  }

  /** The discoverers of one job and the groups they reported, by provider and source. */
  private final class Job {
    private final String name;
    private final List<DiscoveryConfig> configs;
    private final List<Thread> threads = new ArrayList<>();
    /** Per provider (in config order), the latest group per source. */
    private final Map<Integer, Map<String, TargetGroup>> groups = new java.util.TreeMap<>();
    private boolean stopped; // guarded by the manager's lock
    private int providerCount;
    private boolean initialDelayOver; // guarded by the manager's lock

    Job(String name, List<DiscoveryConfig> configs) {
      this.name = name;
      this.configs = List.copyOf(configs);
    }

    void start() {
      List<Discoverer> discoverers = discoverersFor(configs);
      providerCount = discoverers.size();
      if (discoverers.isEmpty()) {
        sink.accept(name, List.of());
      }
      // Until every provider has reported once (or the delay is over), a partial view would stop the
      // loops of targets that a slower provider is about to report.
      threads.add(Thread.ofVirtual().name("discovery " + name + " initial delay").start(() -> {
        try {
          Thread.sleep(INITIAL_DELAY_MILLIS);
          synchronized (DiscoveryManager.this) {
            initialDelayOver = true;
            if (!stopped && jobs.get(name) == this && !groups.isEmpty()) {
              handOver();
            }
          }
        } catch (InterruptedException e) {
          // stop() interrupts.
        }
      }));
      for (int i = 0; i < discoverers.size(); i++) {
        Discoverer discoverer = discoverers.get(i);
        int provider = i;
        threads.add(Thread.ofVirtual().name("discovery " + name + "/" + i).start(() -> {
          try {
            discoverer.run(update -> publish(provider, update));
          } catch (InterruptedException e) {
            // stop() interrupts.
          }
        }));
      }
    }

    private void publish(int provider, List<TargetGroup> update) {
      // One lock for merging and handing over, so a newer snapshot can never be overtaken by an older.
      synchronized (DiscoveryManager.this) {
        if (stopped || jobs.get(name) != this) {
          return;
        }
        Map<String, TargetGroup> ofProvider = groups.computeIfAbsent(provider, key -> new LinkedHashMap<>());
        for (TargetGroup group : update) {
          if (group.targets().isEmpty()) {
            ofProvider.remove(group.source());
          } else {
            ofProvider.put(group.source(), group);
          }
        }
        if (initialDelayOver || groups.size() == providerCount) {
          handOver();
        }
      }
    }

    /** Called with the manager's lock held. */
    private void handOver() {
      List<TargetGroup> merged = new ArrayList<>();
      groups.values().forEach(bySource -> merged.addAll(bySource.values()));
      sink.accept(name, List.copyOf(merged));
    }

    /** Called with the manager's lock held. */
    void stop() {
      stopped = true;
      threads.forEach(Thread::interrupt);
    }
  }

  /** For tests: the job names with running discovery. */
  synchronized List<String> jobNames() {
    return new ArrayList<>(jobs.keySet());
  }
}
