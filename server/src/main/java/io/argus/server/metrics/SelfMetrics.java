package io.argus.server.metrics;

import io.argus.server.BuildInfo;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The registry of one server's own metrics, and the metrics the server module itself updates. */
public final class SelfMetrics {

  /** Prometheus' buckets for {@code prometheus_http_request_duration_seconds}. */
  private static final double[] HTTP_DURATION_BUCKETS = {0.1, 0.2, 0.4, 1, 3, 8, 20, 60, 120};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter httpRequests;
  private final Histogram httpRequestDuration;
  private final Gauge configLastReloadSuccessful;
  private final Gauge configLastReloadSuccessTimestamp;

  public SelfMetrics(BuildInfo build) {
    JvmMetrics.builder().register(registry);
    Info.builder()
        .name("argus_build_info")
        .help("A metric with a constant '1' value labeled by version, revision, branch, and goversion from which argus was built.")
        .labelNames("version", "revision", "branch", "goversion")
        .register(registry)
        .addLabelValues(build.version(), build.revision(), build.branch(), build.runtimeVersion());
    httpRequests = Counter.builder()
        .name("argus_http_requests_total")
        .help("Counter of HTTP requests.")
        .labelNames("handler", "code")
        .register(registry);
    httpRequestDuration = Histogram.builder()
        .name("argus_http_request_duration_seconds")
        .help("Histogram of latencies for HTTP requests.")
        .labelNames("handler")
        .classicOnly()
        .classicUpperBounds(HTTP_DURATION_BUCKETS)
        .register(registry);
    configLastReloadSuccessful = Gauge.builder()
        .name("argus_config_last_reload_successful")
        .help("Whether the last configuration reload attempt was successful.")
        .register(registry);
    configLastReloadSuccessTimestamp = Gauge.builder()
        .name("argus_config_last_reload_success_timestamp_seconds")
        .help("Timestamp of the last successful configuration reload.")
        .unit(null)
        .register(registry);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  /** Records one served HTTP request. */
  public void observeHttpRequest(String handler, int statusCode, long durationNanos) {
    httpRequests.labelValues(handler, Integer.toString(statusCode)).inc();
    httpRequestDuration.labelValues(handler).observe(durationNanos / 1e9);
  }

  /** Records the outcome of a configuration (re)load. */
  public void configReloaded(boolean successful, long timestampMillis) {
    configLastReloadSuccessful.set(successful ? 1 : 0);
    if (successful) {
      configLastReloadSuccessTimestamp.set(timestampMillis / 1000.0);
    }
  }
}
