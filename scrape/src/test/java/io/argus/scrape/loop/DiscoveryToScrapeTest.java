package io.argus.scrape.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import io.argus.scrape.discovery.DiscoveryManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wiring the server does: discovery feeds the scrape manager, whose loops write to storage. */
class DiscoveryToScrapeTest {

  @Test
  void staticTargetsAreDiscoveredScrapedAndStaledOnRemoval() throws Exception {
    RecordingAppendable storage = new RecordingAppendable();
    try (ExporterServer exporter = new ExporterServer().serve("hello 42\n");
        ScrapeManager scrapes = new ScrapeManager(storage);
        DiscoveryManager discovery = new DiscoveryManager(scrapes::updateTargets)) {
      ScrapeConfig config = ScrapeConfig.builder("web").scrapeIntervalMillis(200)
          .discoveryConfig(new StaticConfig(List.of(exporter.address()), Map.of("team", "a")))
          .build();
      scrapes.applyConfig(List.of(config));
      discovery.applyConfig(List.of(config));

      long deadline = System.nanoTime() + 30_000_000_000L;
      while (storage.samplesOf("hello").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(storage.samplesOf("hello")).first().satisfies(sample -> {
        assertThat(sample.value()).isEqualTo(42);
        assertThat(sample.labels().get("team")).isEqualTo("a");
        assertThat(sample.labels().get("job")).isEqualTo("web");
        assertThat(sample.labels().get("instance")).isEqualTo(exporter.address());
      });

      ScrapeConfig empty = ScrapeConfig.builder("web").scrapeIntervalMillis(200)
          .discoveryConfig(new StaticConfig(List.of(), Map.of())).build();
      discovery.applyConfig(List.of(empty));
      scrapes.applyConfig(List.of(empty));
      deadline = System.nanoTime() + 30_000_000_000L;
      while (!storage.samplesOf("hello").getLast().isStale() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(storage.samplesOf("hello").getLast().isStale()).isTrue();
      assertThat(scrapes.pool("web").activeTargets()).isEmpty();
    }
  }
}
