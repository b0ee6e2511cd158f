package io.argus.scrape.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StaleMarker;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.loop.ScrapeLoop;
import io.argus.scrape.loop.ScrapePool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Real peers: node_exporter scraped by Argus yields the same series (names and labels) as
 * Prometheus 2.42 scraping it with the same config. Needs the Debian packages prometheus and
 * prometheus-node-exporter; skipped without them. The collectors are limited to ones whose
 * series set does not change from one scrape to the next on an idle machine.
 */
class NodeExporterPeerTest {

  private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  private static final Path NODE_EXPORTER = Path.of("/usr/bin/prometheus-node-exporter");

  @TempDir
  Path directory;

  @Test
  void argusAndPrometheusStoreTheSameSeries() throws Exception {
    assumeTrue(Files.isExecutable(PROMETHEUS) && Files.isExecutable(NODE_EXPORTER),
        "needs the Debian packages prometheus and prometheus-node-exporter");
    int exporterPort = PeerProcess.freePort();
    String exporterAddress = "127.0.0.1:" + exporterPort;
    try (PeerProcess exporter = new PeerProcess(List.of(NODE_EXPORTER.toString(),
        "--web.listen-address=" + exporterAddress, "--collector.disable-defaults", "--collector.cpu",
        "--collector.meminfo", "--collector.loadavg", "--collector.uname", "--collector.time",
        "--collector.stat", "--collector.vmstat"), directory.resolve("node_exporter.log"))) {
      PeerProcess.awaitBody("http://" + exporterAddress + "/metrics", body -> body.contains("node_load1"));

      Set<Labels> prometheusSeries = scrapeWithPrometheus(exporterAddress);
      Set<Labels> argusSeries = scrapeWithArgus(exporterAddress);

      assertThat(argusSeries).isNotEmpty();
      assertThat(argusSeries).containsExactlyInAnyOrderElementsOf(prometheusSeries);
    }
  }

  private Set<Labels> scrapeWithArgus(String exporterAddress) throws Exception {
    LastScrape storage = new LastScrape();
    ScrapePool pool = new ScrapePool(ScrapeConfig.builder("node").scrapeIntervalMillis(1_000).build(), storage,
        Clock.systemUTC(), false);
    try {
      pool.sync(List.of(new TargetGroup("0", List.of(Labels.of("__address__", exporterAddress)), Labels.empty())));
      ScrapeLoop loop = pool.loops().get(0);
      loop.scrapeOnce(System.currentTimeMillis());
      assertThat(loop.target().state().lastError()).isEmpty();
      return storage.series();
    } finally {
      pool.stop(false);
    }
  }

  private Set<Labels> scrapeWithPrometheus(String exporterAddress) throws Exception {
    int port = PeerProcess.freePort();
    Path config = directory.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
        scrape_configs:
          - job_name: node
            static_configs:
              - targets: ['%s']
        """.formatted(exporterAddress));
    try (PeerProcess prometheus = new PeerProcess(List.of(PROMETHEUS.toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port),
        directory.resolve("prometheus.log"))) {
      String base = "http://127.0.0.1:" + port + "/api/v1/query?query=";
      // Two completed scrapes, so the instant query sees the latest one.
      PeerProcess.awaitBody(base + URLEncoder.encode("scrape_samples_scraped{job=\"node\"}[10s]", StandardCharsets.UTF_8),
          body -> body.split("\\],\\[").length >= 2);
      String body = PeerProcess.awaitBody(base + URLEncoder.encode("{job=\"node\"}", StandardCharsets.UTF_8),
          answer -> answer.contains("\"success\""));
      return seriesOf(body);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<Labels> seriesOf(String queryResponse) {
    Map<String, Object> response = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(queryResponse);
    List<Map<String, Object>> result =
        (List<Map<String, Object>>) ((Map<String, Object>) response.get("data")).get("result");
    Set<Labels> series = new HashSet<>();
    for (Map<String, Object> sample : result) {
      Map<String, String> metric = new java.util.HashMap<>();
      ((Map<String, Object>) sample.get("metric")).forEach((name, value) -> metric.put(name, value.toString()));
      series.add(Labels.of(metric));
    }
    return series;
  }

  /** Keeps the label sets of the last committed batch that had more than staleness markers. */
  private static final class LastScrape implements Appendable {
    private final List<Labels> committed = new ArrayList<>();

    synchronized Set<Labels> series() {
      return new HashSet<>(committed);
    }

    @Override
    public Appender appender() {
      List<Labels> pending = new ArrayList<>();
      return new Appender() {
        @Override
        public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
          if (!StaleMarker.isStale(value)) {
            pending.add(labels);
          }
          return 1;
        }

        @Override
        public void commit() {
          synchronized (LastScrape.this) {
            committed.clear();
            committed.addAll(pending);
          }
        }

        @Override
        public void rollback() {}
      };
    }
  }
}
