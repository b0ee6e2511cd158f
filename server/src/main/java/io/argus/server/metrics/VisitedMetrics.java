package io.argus.server.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Exposes the metrics of a module that has no metrics-library dependency (the TSDB reports its
 * values to a visitor, the remote-write queues return their statistics) as a collector of the
 * Prometheus client: every scrape asks for the current values and turns them into snapshots,
 * gathering the data points of one name (one per label set) into one family.
 */
public final class VisitedMetrics implements MultiCollector {

  /** Receives current values; label pairs alternate name and value. */
  public interface Sink {
    void counter(String name, String help, double value, String... labelPairs);

    void gauge(String name, String help, double value, String... labelPairs);

    void summary(String name, String help, long count, double sum, String... labelPairs);
  }

  private final Consumer<Sink> source;

  /** @param source called on every scrape with a sink to report current values into */
  public VisitedMetrics(Consumer<Sink> source) {
    this.source = source;
  }

  @Override
  public MetricSnapshots collect() {
    Map<String, CounterSnapshot.Builder> counters = new LinkedHashMap<>();
    Map<String, GaugeSnapshot.Builder> gauges = new LinkedHashMap<>();
    Map<String, SummarySnapshot.Builder> summaries = new LinkedHashMap<>();
    source.accept(new Sink() {
      @Override
      public void counter(String name, String help, double value, String... labelPairs) {
        // The client appends _total itself; a snapshot's name is the family name without it.
        String family = name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
        counters.computeIfAbsent(family, key -> CounterSnapshot.builder().name(key).help(help))
            .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels(labelPairs)).value(value).build());
      }

      @Override
      public void gauge(String name, String help, double value, String... labelPairs) {
        gauges.computeIfAbsent(name, key -> GaugeSnapshot.builder().name(key).help(help))
            .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels(labelPairs)).value(value).build());
      }

      @Override
      public void summary(String name, String help, long count, double sum, String... labelPairs) {
        summaries.computeIfAbsent(name, key -> SummarySnapshot.builder().name(key).help(help))
            .dataPoint(SummarySnapshot.SummaryDataPointSnapshot.builder().labels(labels(labelPairs))
                .count(count).sum(sum).build());
      }
    });
    List<MetricSnapshot> snapshots = new ArrayList<>();
    counters.values().forEach(builder -> snapshots.add(builder.build()));
    gauges.values().forEach(builder -> snapshots.add(builder.build()));
    summaries.values().forEach(builder -> snapshots.add(builder.build()));
    return new MetricSnapshots(snapshots);
  }

  private static Labels labels(String[] pairs) {
    return pairs.length == 0 ? Labels.EMPTY : Labels.of(pairs);
  }
}
