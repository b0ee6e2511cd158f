package io.argus.scrape.loop;

import java.time.Clock;
import java.util.Objects;

/**
 * Process-wide scrape settings that are not part of prometheus.yml.
 *
 * @param clock the time source for scrape timestamps and scheduling
 * @param startLoops false to create loops without threads, for callers that drive
 *     {@link ScrapeLoop#scrapeOnce(long)} themselves (tests, benchmarks)
 * @param extraScrapeMetrics also write {@code scrape_timeout_seconds}, {@code scrape_sample_limit}
 *     and {@code scrape_body_size_bytes}, as Prometheus' {@code --enable-feature=extra-scrape-metrics}
 */
public record ScrapeOptions(Clock clock, boolean startLoops, boolean extraScrapeMetrics) {

  public ScrapeOptions {
    Objects.requireNonNull(clock, "clock");
  }

  /** The system clock, running loops, no extra metrics. */
  public static ScrapeOptions defaults() {
    return new ScrapeOptions(Clock.systemUTC(), true, false);
  }
}
