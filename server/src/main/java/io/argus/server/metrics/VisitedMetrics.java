package io.argus.server.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Exposes the metrics of a module that has no metrics-library dependency (the TSDB reports its
 * values to a visitor) as a collector of the Prometheus client: every scrape asks the module for
 * its current values and turns them into snapshots.
 */
public final class VisitedMetrics implements MultiCollector {

  /** The three shapes modules report, matching the visitor interfaces they declare. */
  public interface Sink {
    void counter(String name, String help, double value);

    void gauge(String name, String help, double value);

    void summary(String name, String help, long count, double sum);
  }

  private final Consumer<Sink> source;

  /** @param source called on every scrape with a sink to report current values into */
  public VisitedMetrics(Consumer<Sink> source) {
    this.source = source;
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> snapshots = new ArrayList<>();
    source.accept(new Sink() {
      @Override
      public void counter(String name, String help, double value) {
        // The client appends _total itself; a snapshot's name is the family name without it.
        String family = name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
        snapshots.add(CounterSnapshot.builder().name(family).help(help)
            .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(value).build()).build());
      }

      @Override
      public void gauge(String name, String help, double value) {
        snapshots.add(GaugeSnapshot.builder().name(name).help(help)
            .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build()).build());
      }

      @Override
      public void summary(String name, String help, long count, double sum) {
        snapshots.add(SummarySnapshot.builder().name(name).help(help)
            .dataPoint(SummarySnapshot.SummaryDataPointSnapshot.builder().count(count).sum(sum).build()).build());
      }
    });
    return new MetricSnapshots(snapshots);
  }
}
