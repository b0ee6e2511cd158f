package io.argus.scrape.exposition;

/**
 * The metric family types of both formats. Prometheus text's {@code untyped} is {@link #UNKNOWN}, as
 * in Prometheus' metadata API. {@link #wireName()} is the name the metadata API reports.
 */
public enum MetricType {
  COUNTER("counter"),
  GAUGE("gauge"),
  HISTOGRAM("histogram"),
  GAUGE_HISTOGRAM("gaugehistogram"),
  SUMMARY("summary"),
  INFO("info"),
  STATESET("stateset"),
  UNKNOWN("unknown");

  private final String wireName;

  MetricType(String wireName) {
    this.wireName = wireName;
  }

  /** The lower-case name used by OpenMetrics and by Prometheus' HTTP API. */
  public String wireName() {
    return wireName;
  }
}
