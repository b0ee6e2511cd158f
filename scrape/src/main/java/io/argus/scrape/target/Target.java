package io.argus.scrape.target;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import java.net.URI;

/**
 * An active scrape target: its labels before relabeling (for the API), its labels after relabeling
 * including the {@code __…__} ones that steer the scrape, and derived from them the URL, interval
 * and timeout. The scrape state is updated by the target's scrape loop and read by the API.
 * Identity is the full final label set, which includes address, scheme, path and parameters.
 */
public final class Target {

  private final String scrapePool;
  private final Labels discoveredLabels;
  private final Labels labels;
  private final Labels publicLabels;
  private final URI url;
  private final long intervalMillis;
  private final long timeoutMillis;
  private volatile TargetState state = TargetState.UNKNOWN;
  private volatile java.util.Map<String, MetricMetadata> metadata = java.util.Map.of();

  Target(String scrapePool, Labels discoveredLabels, Labels labels, URI url, long intervalMillis,
      long timeoutMillis) {
    this.scrapePool = scrapePool;
    this.discoveredLabels = discoveredLabels;
    this.labels = labels;
    this.url = url;
    this.intervalMillis = intervalMillis;
    this.timeoutMillis = timeoutMillis;
    LabelsBuilder builder = new LabelsBuilder();
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.name(i).startsWith("__")) {
        builder.set(labels.name(i), labels.value(i));
      }
    }
    this.publicLabels = builder.build();
  }

  /** The job name of the scrape config this target belongs to. */
  public String scrapePool() {
    return scrapePool;
  }

  /** The labels as discovered, before target relabeling. */
  public Labels discoveredLabels() {
    return discoveredLabels;
  }

  /** The labels after relabeling, including {@code __address__}, {@code __scheme__} and the like. */
  public Labels labels() {
    return labels;
  }

  /** The labels attached to every scraped sample: the final labels without {@code __} ones. */
  public Labels publicLabels() {
    return publicLabels;
  }

  public URI url() {
    return url;
  }

  public long intervalMillis() {
    return intervalMillis;
  }

  public long timeoutMillis() {
    return timeoutMillis;
  }

  public TargetState state() {
    return state;
  }

  /** Records a scrape's outcome; called by the target's scrape loop only. */
  public void recordScrape(TargetState newState) {
    this.state = newState;
  }

  /** HELP/TYPE/UNIT by metric family name, from the last successful scrape. Immutable. */
  public java.util.Map<String, MetricMetadata> metadata() {
    return metadata;
  }

  /** Replaces the metadata after a successful scrape; called by the target's scrape loop only. */
  public void recordMetadata(java.util.Map<String, MetricMetadata> newMetadata) {
    this.metadata = java.util.Map.copyOf(newMetadata);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Target that && scrapePool.equals(that.scrapePool) && labels.equals(that.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return scrapePool + " " + url;
  }
}
