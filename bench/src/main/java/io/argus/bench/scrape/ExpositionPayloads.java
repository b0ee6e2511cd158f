package io.argus.bench.scrape;

import java.nio.charset.StandardCharsets;

/** Deterministic payloads with exactly {@link #SAMPLES} samples each. */
final class ExpositionPayloads {

  static final int SAMPLES = 2000;

  private ExpositionPayloads() {}

  /**
   * Shaped like node_exporter: families of 10–40 series with one to three short labels, HELP and
   * TYPE per family, values with two decimals as CPU seconds have (Go prints the shortest form, so
   * real exporters rarely emit 17 significant digits, which take the parser's slow path).
   */
  static byte[] nodeExporterLike(boolean openMetrics) {
    return nodeExporterLike(openMetrics, SAMPLES);
  }

  /** {@link #nodeExporterLike(boolean)} with {@code sampleCount} samples. */
  static byte[] nodeExporterLike(boolean openMetrics, int sampleCount) {
    StringBuilder out = new StringBuilder();
    String[] modes = {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"};
    int samples = 0;
    int family = 0;
    while (samples < sampleCount) {
      String name = "node_family_" + family + "_seconds_total";
      String baseName = name.substring(0, name.length() - (openMetrics ? 6 : 0));
      out.append("# HELP ").append(baseName).append(" Seconds the CPUs spent in each mode, family ")
          .append(family).append(".\n");
      out.append("# TYPE ").append(baseName).append(" counter\n");
      for (int cpu = 0; cpu < 4 && samples < sampleCount; cpu++) {
        for (int mode = 0; mode < modes.length && samples < sampleCount; mode++) {
          out.append(name).append("{cpu=\"").append(cpu).append("\",mode=\"").append(modes[mode])
              .append("\"} ").append(Math.round((123456.78 + samples * 3.14159) * 100) / 100.0).append('\n');
          samples++;
        }
      }
      family++;
    }
    if (openMetrics) {
      out.append("# EOF\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Histograms with 12 buckets, sum and count per series, three labels each. */
  static byte[] histogramHeavy(boolean openMetrics) {
    StringBuilder out = new StringBuilder();
    String[] bounds = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"};
    out.append("# HELP http_request_duration_seconds Latency of HTTP requests.\n");
    out.append("# TYPE http_request_duration_seconds histogram\n");
    int samples = 0;
    int series = 0;
    while (samples < SAMPLES) {
      String labels = "handler=\"/api/v1/endpoint" + series + "\",method=\"GET\",code=\"200\"";
      long cumulative = 0;
      for (String bound : bounds) {
        if (samples >= SAMPLES) {
          break;
        }
        cumulative += 17 + series % 5;
        out.append("http_request_duration_seconds_bucket{").append(labels).append(",le=\"").append(bound)
            .append("\"} ").append(cumulative).append('\n');
        samples++;
      }
      if (samples < SAMPLES) {
        out.append("http_request_duration_seconds_sum{").append(labels).append("} ")
            .append(Math.round(cumulative * 421) / 10_000.0).append('\n');
        samples++;
      }
      if (samples < SAMPLES) {
        out.append("http_request_duration_seconds_count{").append(labels).append("} ").append(cumulative).append('\n');
        samples++;
      }
      series++;
    }
    if (openMetrics) {
      out.append("# EOF\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
