package io.argus.server.web;

import io.argus.server.http.Exchange;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;

/** {@code /metrics}: the self-metrics registry in the format the scraper asks for. */
public final class MetricsEndpoint {

  private final PrometheusRegistry registry;
  private final ExpositionFormats formats = ExpositionFormats.init();

  public MetricsEndpoint(PrometheusRegistry registry) {
    this.registry = registry;
  }

  public void handle(Exchange exchange) throws IOException {
    ExpositionFormatWriter writer = formats.findWriter(exchange.header("Accept"));
    exchange.stream(200, writer.getContentType(), out -> writer.write(out, registry.scrape()));
  }
}
