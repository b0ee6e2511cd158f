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
    private final Map<String, TargetGroup> groups = new LinkedHashMap<>();
    private boolean stopped; // guarded by the manager's lock

    Job(String name, List<DiscoveryConfig> configs) {
      this.name = name;
      this.configs = List.copyOf(configs);
    }

    void start() {
      List<Discoverer> discoverers = discoverersFor(configs);
      if (discoverers.isEmpty()) {
        sink.accept(name, List.of());
      }
      for (int i = 0; i < discoverers.size(); i++) {
        Discoverer discoverer = discoverers.get(i);
        String provider = Integer.toString(i);
        threads.add(Thread.ofVirtual().name("discovery " + name + "/" + i).start(() -> {
          try {
            discoverer.run(update -> publish(provider, update));
          } catch (InterruptedException e) {
            // stop() interrupts.
          }
        }));
      }
    }

    private void publish(String provider, List<TargetGroup> update) {
      // One lock for merging and handing over, so a newer snapshot can never be overtaken by an older.
      synchronized (DiscoveryManager.this) {
        if (stopped || jobs.get(name) != this) {
          return;
        }
        for (TargetGroup group : update) {
          String key = provider + "/" + group.source();
          if (group.targets().isEmpty()) {
            groups.remove(key);
          } else {
            groups.put(key, group);
          }
        }
        sink.accept(name, List.copyOf(groups.values()));
      }
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
