package io.argus.bench.tsdb;

import io.argus.core.label.Labels;

/** Series and samples shaped like a node-exporter fleet, shared by the tsdb benchmarks. */
final class BenchData {

  static final long SCRAPE_INTERVAL_MILLIS = 15_000;
  static final long START_MILLIS = 1_700_000_000_000L;

  private BenchData() {}

  /** Series {@code i} of a fleet: ten labels, cardinality spread like real targets. */
  static Labels series(int i) {
    return Labels.of(
        "__name__", "metric_" + (i % 1000),
        "job", "job_" + (i % 10),
        "instance", "host-" + (i / 100) + ".example.org:9100",
        "region", "region-" + (i % 5),
        "zone", "zone-" + (i % 15),
        "env", "production",
        "team", "team-" + (i % 20),
        "service", "service-" + (i % 300),
        "pod", "pod-" + i,
        "cpu", Integer.toString(i % 8));
  }

  /** A scrape time with the few milliseconds of jitter real scrapes have. */
  static long scrapeTime(int round, int series) {
    return START_MILLIS + round * SCRAPE_INTERVAL_MILLIS + ((round * 31L + series) % 7) - 3;
  }

  /** A value: counters that rise by varying amounts, gauges that wander, a few constants. */
  static double value(int round, int series) {
    return switch (series % 4) {
      case 0 -> round * 17.0 + series;
      case 1 -> Math.round(1000 * Math.sin(round / 10.0 + series)) / 10.0;
      case 2 -> 1.0;
      default -> round * (series % 13) * 0.25;
    };
  }
}
