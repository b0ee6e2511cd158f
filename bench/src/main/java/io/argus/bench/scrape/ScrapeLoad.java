package io.argus.bench.scrape;

import com.sun.net.httpserver.HttpServer;
import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import io.argus.scrape.discovery.DiscoveryManager;
import io.argus.scrape.loop.ScrapeManager;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU seconds per million samples scraped and stored, Argus against Prometheus, scraping the same
 * targets served by a separate static-payload process (so serving costs both sides the same and is
 * counted for neither). Three commands, run in this order in three shells:
 *
 * <pre>
 * java -cp benchmarks.jar io.argus.bench.scrape.ScrapeLoad serve 20000 200 2000
 * java -cp benchmarks.jar io.argus.bench.scrape.ScrapeLoad argus 20000 200 5 30 60 /tmp/argus-scrape-load
 * java -cp benchmarks.jar io.argus.bench.scrape.ScrapeLoad prometheus 20000 200 5 30 60 /tmp/prometheus-scrape-load
 * </pre>
 *
 * Arguments: first port, targets, then for serve the series per target, for the scrapers the
 * scrape interval in seconds, the warm-up and the measured seconds and an empty data directory
 * ({@code none} for Argus discards the samples, measuring the scrape path alone).
 * Both scrapers store into their TSDB with the write-ahead log on; CPU is the process' user plus
 * system time over the measured window.
 */
public final class ScrapeLoad {

  private ScrapeLoad() {}

  public static void main(String[] args) throws Exception {
    int firstPort = Integer.parseInt(args[1]);
    int targets = Integer.parseInt(args[2]);
    switch (args[0]) {
      case "serve" -> serve(firstPort, targets, Integer.parseInt(args[3]));
      case "argus" -> argus(firstPort, targets, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), Path.of(args[6]));
      case "prometheus" -> prometheus(firstPort, targets, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), Path.of(args[6]));
      default -> throw new IllegalArgumentException("expected serve, argus or prometheus, found " + args[0]);
    }
  }

  private static void serve(int firstPort, int targets, int series) throws IOException, InterruptedException {
    byte[] payload = ExpositionPayloads.nodeExporterLike(false, series);
    var executor = Executors.newVirtualThreadPerTaskExecutor();
    for (int i = 0; i < targets; i++) {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), firstPort + i), 64);
      server.setExecutor(executor);
      server.createContext("/metrics", exchange -> {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
        exchange.sendResponseHeaders(200, payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(payload);
        }
      });
      server.start();
    }
    System.out.printf("serving %d targets of %d series (%d bytes) on ports %d-%d%n", targets, series,
        payload.length, firstPort, firstPort + targets - 1);
    Thread.currentThread().join();
  }

  private static List<String> addresses(int firstPort, int targets) {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < targets; i++) {
      addresses.add("127.0.0.1:" + (firstPort + i));
    }
    return addresses;
  }

  private static void argus(int firstPort, int targets, int intervalSeconds, int warmupSeconds, int seconds,
      Path directory) throws Exception {
    LongAdder stored = new LongAdder();
    // "none" as the directory discards samples: the scrape path's own cost, without the TSDB's.
    boolean discard = directory.toString().equals("none");
    try (Tsdb tsdb = discard ? null : Tsdb.open(directory, TsdbOptions.defaults())) {
      Appendable counting = () -> new CountingAppender(discard ? DISCARDING : tsdb.appender(), stored);
      ScrapeConfig config = ScrapeConfig.builder("load").scrapeIntervalMillis(intervalSeconds * 1000L)
          .discoveryConfig(new StaticConfig(addresses(firstPort, targets), Map.of()))
          .build();
      try (ScrapeManager scrapes = new ScrapeManager(counting);
          DiscoveryManager discovery = new DiscoveryManager(scrapes::updateTargets)) {
        scrapes.applyConfig(List.of(config));
        discovery.applyConfig(List.of(config));
        Thread.sleep(warmupSeconds * 1000L);
        long cpuBefore = cpuNanos(ProcessHandle.current());
        long samplesBefore = stored.sum();
        Thread.sleep(seconds * 1000L);
        long cpu = cpuNanos(ProcessHandle.current()) - cpuBefore;
        long samples = stored.sum() - samplesBefore;
        String errors = scrapes.pool("load").activeTargets().stream()
            .filter(target -> !target.state().lastError().isEmpty()).map(target -> target.state().lastError())
            .distinct().limit(3).toList().toString();
        report("argus", cpu, samples, seconds, errors);
      }
    }
  }

  private static void prometheus(int firstPort, int targets, int intervalSeconds, int warmupSeconds, int seconds,
      Path directory) throws Exception {
    Files.createDirectories(directory);
    Path config = directory.resolve("prometheus.yml");
    StringBuilder targetList = new StringBuilder();
    for (String address : addresses(firstPort, targets)) {
      targetList.append(targetList.isEmpty() ? "" : ", ").append('\'').append(address).append('\'');
    }
    Files.writeString(config, """
        global:
          scrape_interval: %ds
        scrape_configs:
          - job_name: load
            static_configs:
              - targets: [%s]
        """.formatted(intervalSeconds, targetList));
    int port = firstPort - 1;
    Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
        "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
        .redirectErrorStream(true).redirectOutput(directory.resolve("prometheus.log").toFile()).start();
    try (HttpClient client = HttpClient.newHttpClient()) {
      Thread.sleep(warmupSeconds * 1000L);
      URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
      long cpuBefore = cpuNanos(process.toHandle());
      double samplesBefore = samplesAppended(client, metrics);
      Thread.sleep(seconds * 1000L);
      long cpu = cpuNanos(process.toHandle()) - cpuBefore;
      double samples = samplesAppended(client, metrics) - samplesBefore;
      report("prometheus", cpu, (long) samples, seconds, "see " + directory.resolve("prometheus.log"));
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static double samplesAppended(HttpClient client, URI metrics) throws Exception {
    String body = client.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    double total = 0;
    for (String line : body.split("\n")) {
      if (line.startsWith("prometheus_tsdb_head_samples_appended_total")) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow(
        () -> new IllegalStateException("the OS does not report CPU time of " + process.pid())).toNanos();
  }

  private static void report(String who, long cpuNanos, long samples, int seconds, String notes) {
    double cpuSeconds = cpuNanos / 1e9;
    System.out.printf("%s: %.2f CPU s over %d s, %d samples stored (%.0f/s), %.3f CPU s per million samples; %s%n",
        who, cpuSeconds, seconds, samples, samples / (double) seconds, cpuSeconds / (samples / 1e6), notes);
  }

  private static final Appender DISCARDING = new Appender() {
    @Override
    public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
      return 1;
    }

    @Override
    public void commit() {}

    @Override
    public void rollback() {}
  };

  /** Counts samples of committed batches. */
  private static final class CountingAppender implements Appender {
    private final Appender delegate;
    private final LongAdder stored;
    private long pending;

    CountingAppender(Appender delegate, LongAdder stored) {
      this.delegate = delegate;
      this.stored = stored;
    }

    @Override
    public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
      long ref = delegate.append(seriesRef, labels, timestampMillis, value);
      pending++;
      return ref;
    }

    @Override
    public void commit() {
      delegate.commit();
      stored.add(pending);
    }

    @Override
    public void rollback() {
      delegate.rollback();
    }
  }
}
