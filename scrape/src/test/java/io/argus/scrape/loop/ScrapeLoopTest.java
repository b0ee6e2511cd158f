package io.argus.scrape.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.exposition.MetricType;
import io.argus.scrape.target.MetricMetadata;
import io.argus.scrape.target.Target;
import io.argus.scrape.target.TargetHealth;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScrapeLoopTest {

  private static final long T0 = 1_700_000_000_000L;

  private final RecordingAppendable storage = new RecordingAppendable();
  private ExporterServer exporter;
  private ScrapePool pool;

  @AfterEach
  void tearDown() {
    if (pool != null) {
      pool.stop(false);
    }
    if (exporter != null) {
      exporter.close();
    }
  }

  private ScrapeLoop loop(Consumer<ScrapeConfig.Builder> configure) throws Exception {
    return loop(configure, false);
  }

  private ScrapeLoop loop(Consumer<ScrapeConfig.Builder> configure, boolean extraMetrics) throws Exception {
    exporter = new ExporterServer();
    ScrapeConfig.Builder builder = ScrapeConfig.builder("node").scrapeIntervalMillis(15_000);
    configure.accept(builder);
    pool = new ScrapePool(builder.build(), storage,
        new ScrapeOptions(Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC), false, extraMetrics));
    pool.sync(List.of(new TargetGroup("static:0", List.of(Labels.of("__address__", exporter.address())),
        Labels.of("env", "prod"))));
    assertThat(pool.loops()).hasSize(1);
    return pool.loops().get(0);
  }

  private Labels series(String name, String... labels) {
    var builder = Labels.of(labels).toBuilder();
    builder.set("__name__", name).set("job", "node").set("instance", exporter.address()).set("env", "prod");
    return builder.build();
  }

  @Test
  void storesSamplesWithTargetLabelsAndTheReportSeries() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("""
        # HELP requests_total Requests served.
        # TYPE requests_total counter
        requests_total{code="200"} 10
        requests_total{code="500"} 2
        temperature 21.5
        """);
    loop.scrapeOnce(T0);

    assertThat(storage.lastValue(series("requests_total", "code", "200"))).isEqualTo(10);
    assertThat(storage.lastValue(series("requests_total", "code", "500"))).isEqualTo(2);
    assertThat(storage.lastValue(series("temperature"))).isEqualTo(21.5);
    assertThat(storage.lastValue(series("up"))).isEqualTo(1);
    assertThat(storage.lastValue(series("scrape_samples_scraped"))).isEqualTo(3);
    assertThat(storage.lastValue(series("scrape_samples_post_metric_relabeling"))).isEqualTo(3);
    assertThat(storage.lastValue(series("scrape_series_added"))).isEqualTo(3);
    assertThat(storage.lastValue(series("scrape_duration_seconds"))).isPositive();
    assertThat(storage.samples()).allMatch(sample -> sample.timestampMillis() == T0).hasSize(8);

    Target target = loop.target();
    assertThat(target.state().health()).isEqualTo(TargetHealth.UP);
    assertThat(target.state().lastError()).isEmpty();
    assertThat(target.state().lastScrapeMillis()).isEqualTo(T0);
    assertThat(target.metadata()).containsEntry("requests_total",
        new MetricMetadata(MetricType.COUNTER, "Requests served.", ""));
  }

  @Test
  void sendsPrometheusRequestHeaders() throws Exception {
    ScrapeLoop loop = loop(config -> config.scrapeTimeoutMillis(7_500));
    loop.scrapeOnce(T0);
    var headers = exporter.requests().get(0);
    assertThat(headers.get("Accept")).containsExactly(
        "application/openmetrics-text;version=1.0.0;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,"
            + "text/plain;version=0.0.4;q=0.3,*/*;q=0.2");
    assertThat(headers.get("Accept-encoding")).containsExactly("gzip");
    assertThat(headers.get("X-prometheus-scrape-timeout-seconds")).containsExactly("7.5");
  }

  @Test
  void marksVanishedSeriesStaleAndCountsOnlyNewSeriesAsAdded() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\nb 2\n");
    loop.scrapeOnce(T0);
    exporter.serve("a 3\n");
    loop.scrapeOnce(T0 + 15_000);

    assertThat(storage.samplesOf("b")).hasSize(2);
    assertThat(storage.samplesOf("b").get(1).isStale()).isTrue();
    assertThat(storage.samplesOf("b").get(1).timestampMillis()).isEqualTo(T0 + 15_000);
    assertThat(storage.samplesOf("a")).extracting(RecordingAppendable.Sample::value).containsExactly(1.0, 3.0);
    assertThat(storage.samplesOf("scrape_series_added")).extracting(RecordingAppendable.Sample::value)
        .containsExactly(2.0, 0.0);

    exporter.serve("a 4\nb 5\n");
    loop.scrapeOnce(T0 + 30_000);
    assertThat(storage.lastValue(series("b"))).isEqualTo(5);
    assertThat(storage.lastValue(series("scrape_series_added"))).isEqualTo(1);
  }

  @Test
  void aMalformedBodyFailsTheWholeScrapeAndStalesThePreviousSeries() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\nb 2\n");
    loop.scrapeOnce(T0);
    storage.clear();
    exporter.serve("a 1\nb 2\nc{x=\"1\\q\"} 3\n");
    loop.scrapeOnce(T0 + 15_000);

    assertThat(loop.target().state().health()).isEqualTo(TargetHealth.DOWN);
    assertThat(loop.target().state().lastError()).startsWith("line 3, column 8: expected an escape sequence");
    assertThat(storage.samplesOf("a")).singleElement().matches(RecordingAppendable.Sample::isStale);
    assertThat(storage.samplesOf("b")).singleElement().matches(RecordingAppendable.Sample::isStale);
    assertThat(storage.samplesOf("c")).isEmpty();
    assertThat(storage.lastValue(series("up"))).isEqualTo(0);
  }

  @Test
  void sampleLimitIsAllOrNothing() throws Exception {
    ScrapeLoop loop = loop(config -> config.sampleLimit(2));
    exporter.serve("a 1\nb 2\nc 3\n");
    loop.scrapeOnce(T0);

    assertThat(loop.target().state().lastError()).isEqualTo("sample_limit exceeded (limit: 2) (number of samples: 3)");
    assertThat(storage.samplesOf("a")).isEmpty();
    assertThat(storage.lastValue(series("up"))).isEqualTo(0);
    assertThat(storage.lastValue(series("scrape_samples_scraped"))).isEqualTo(3);
  }

  @Test
  void bodySizeLimitFailsTheScrape() throws Exception {
    ScrapeLoop loop = loop(config -> config.bodySizeLimitBytes(100));
    exporter.serve("a 1\n".repeat(100));
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError()).isEqualTo("body size limit exceeded (limit: 100 bytes)");
    assertThat(storage.samplesOf("a")).isEmpty();
  }

  @Test
  void bodySizeLimitAppliesToTheGunzippedBody() throws Exception {
    ScrapeLoop loop = loop(config -> config.bodySizeLimitBytes(200));
    exporter.serve("a 1\n".repeat(100)).gzip(true);
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError()).startsWith("body size limit exceeded");
  }

  @Test
  void readsGzippedBodies() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\n").gzip(true);
    loop.scrapeOnce(T0);
    assertThat(storage.lastValue(series("a"))).isEqualTo(1);
  }

  @Test
  void labelLimitsNameTheSeriesAndLine() throws Exception {
    // The limits apply to the final labels, target labels included: instance is 15 bytes here.
    ScrapeLoop loop = loop(config -> config.labelValueLengthLimit(20));
    exporter.serve("ok 1\nm{path=\"/a/very/long/path/indeed\"} 1\n");
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError()).isEqualTo(
        "line 2: label_value_length_limit exceeded (metric: m, label name: path, value: \"/a/very/long/path/indeed\", "
            + "length: 24, limit: 20)");
  }

  @Test
  void failsOnHttpErrorsTimeoutsAndRedirectLoops() throws Exception {
    ScrapeLoop loop = loop(config -> config.scrapeIntervalMillis(1_000).scrapeTimeoutMillis(300));
    exporter.status(404);
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError()).isEqualTo("server returned HTTP status 404");

    exporter.status(200).hang();
    loop.scrapeOnce(T0 + 1_000);
    assertThat(loop.target().state().lastError()).contains("scrape timed out after 300ms");
    assertThat(storage.samplesOf("up")).extracting(RecordingAppendable.Sample::value).containsExactly(0.0, 0.0);
  }

  @Test
  void aRedirectLoopFailsTheScrape() throws Exception {
    ScrapeLoop loop = loop(config -> config.metricsPath("/loop"));
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().health()).isEqualTo(TargetHealth.DOWN);
    assertThat(loop.target().state().lastError()).isNotEmpty();
  }

  @Test
  void withoutHonorLabelsExposedConflictsBecomeExportedLabels() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("m{job=\"other\",exported_job=\"x\"} 1\n");
    loop.scrapeOnce(T0);
    assertThat(storage.lastValue(series("m", "exported_job", "x", "exported_exported_job", "other"))).isEqualTo(1);
  }

  @Test
  void withHonorLabelsExposedLabelsWin() throws Exception {
    ScrapeLoop loop = loop(config -> config.honorLabels(true));
    exporter.serve("m{job=\"other\"} 1\n");
    loop.scrapeOnce(T0);
    Labels expected = series("m").toBuilder().set("job", "other").build();
    assertThat(storage.lastValue(expected)).isEqualTo(1);
  }

  @Test
  void metricRelabelingDropsSeriesAndIsCounted() throws Exception {
    ScrapeLoop loop = loop(config -> config.metricRelabelConfig(RelabelConfig.builder()
        .action(RelabelAction.DROP).sourceLabels("__name__").regex("go_.*").build()));
    exporter.serve("go_threads 7\nkept 1\n");
    loop.scrapeOnce(T0);
    loop.scrapeOnce(T0 + 15_000);
    assertThat(storage.samplesOf("go_threads")).isEmpty();
    assertThat(storage.lastValue(series("scrape_samples_scraped"))).isEqualTo(2);
    assertThat(storage.lastValue(series("scrape_samples_post_metric_relabeling"))).isEqualTo(1);
  }

  @Test
  void duplicateSeriesFailTheScrape() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\nb 1\na 2\n");
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError())
        .isEqualTo("line 3: duplicate series " + series("a") + " (first on line 1)");
    assertThat(storage.samplesOf("a")).isEmpty();
  }

  @Test
  void timestampsFarInTheFutureFailTheScrape() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1 " + (T0 + 3_600_000) + "\n");
    loop.scrapeOnce(T0);
    assertThat(loop.target().state().lastError()).startsWith("line 1: timestamp 1700003600000 is more than 10m");
  }

  @Test
  void honorsExposedTimestampsAndDoesNotStaleThem() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1 " + (T0 - 5_000) + "\nb 1\n");
    loop.scrapeOnce(T0);
    exporter.serve("");
    loop.scrapeOnce(T0 + 15_000);
    assertThat(storage.samplesOf("a")).singleElement()
        .matches(sample -> sample.timestampMillis() == T0 - 5_000 && !sample.isStale());
    assertThat(storage.samplesOf("b")).hasSize(2).last().matches(RecordingAppendable.Sample::isStale);
  }

  @Test
  void ignoresExposedTimestampsWithoutHonorTimestamps() throws Exception {
    ScrapeLoop loop = loop(config -> config.honorTimestamps(false));
    exporter.serve("a 1 " + (T0 - 5_000) + "\n");
    loop.scrapeOnce(T0);
    assertThat(storage.samplesOf("a")).singleElement().matches(sample -> sample.timestampMillis() == T0);
  }

  @Test
  void parsesOpenMetricsByContentType() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.contentType("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .serve("# TYPE a counter\n# UNIT a seconds\na_total 1 1699999999.5\n# EOF\n");
    loop.scrapeOnce(T0);
    assertThat(storage.samplesOf("a_total")).singleElement()
        .matches(sample -> sample.timestampMillis() == 1_699_999_999_500L);
    assertThat(loop.target().metadata().get("a").unit()).isEqualTo("seconds");
  }

  @Test
  void stoppingWritesStaleMarkersForEverySeriesAndTheReport() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\n");
    loop.scrapeOnce(T0);
    storage.clear();
    loop.stop(true);
    assertThat(storage.samples()).hasSize(6).allMatch(RecordingAppendable.Sample::isStale);
    assertThat(storage.samples()).allMatch(sample -> sample.timestampMillis() == T0 + 1);
  }

  @Test
  void writesTheExtraScrapeMetricsWhenEnabled() throws Exception {
    ScrapeLoop loop = loop(config -> config.sampleLimit(100).bodySizeLimitBytes(10), true);
    exporter.serve("a 1\n");
    loop.scrapeOnce(T0);
    assertThat(storage.lastValue(series("scrape_timeout_seconds"))).isEqualTo(10);
    assertThat(storage.lastValue(series("scrape_sample_limit"))).isEqualTo(100);
    assertThat(storage.lastValue(series("scrape_body_size_bytes"))).isEqualTo(4);
    exporter.serve("a 1\nb 2\nc 3\n");
    loop.scrapeOnce(T0 + 15_000);
    assertThat(storage.lastValue(series("scrape_body_size_bytes"))).isEqualTo(-1);
    assertThat(storage.samplesOf("scrape_timeout_seconds")).hasSize(2);
  }

  @Test
  void writesNoExtraScrapeMetricsByDefault() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    loop.scrapeOnce(T0);
    assertThat(storage.samplesOf("scrape_body_size_bytes")).isEmpty();
  }

  @Test
  void sendsBasicAuthAndHonoursDisabledCompression() throws Exception {
    ScrapeLoop loop = loop(config -> config.enableCompression(false).httpClient(
        io.argus.scrape.config.HttpClientConfig.defaults()
            .withBasicAuth(new io.argus.scrape.config.BasicAuth("user", "pass", null))));
    loop.scrapeOnce(T0);
    var headers = exporter.requests().get(0);
    assertThat(headers.get("Authorization")).containsExactly("Basic dXNlcjpwYXNz");
    assertThat(headers.get("Accept-encoding")).containsExactly("identity");
  }

  @Test
  void readsBearerCredentialsFromTheirFileAtEveryScrape(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path secret = dir.resolve("token");
    java.nio.file.Files.writeString(secret, "first\n");
    ScrapeLoop loop = loop(config -> config.httpClient(io.argus.scrape.config.HttpClientConfig.defaults()
        .withAuthorization(new io.argus.scrape.config.Authorization(null, null, secret.toString()))));
    loop.scrapeOnce(T0);
    java.nio.file.Files.writeString(secret, "second");
    loop.scrapeOnce(T0 + 15_000);
    assertThat(exporter.requests()).extracting(headers -> headers.get("Authorization").get(0))
        .containsExactly("Bearer first", "Bearer second");
  }

  @Test
  void reorderedAndChangingSeriesKeepTheirOwnValuesAndStaleness() throws Exception {
    ScrapeLoop loop = loop(config -> { });
    exporter.serve("a 1\nb 2\nc 3\n");
    loop.scrapeOnce(T0);
    exporter.serve("c 30\na 10\nd 40\n");
    loop.scrapeOnce(T0 + 15_000);
    exporter.serve("a 100\nb 200\nc 300\n");
    loop.scrapeOnce(T0 + 30_000);

    assertThat(storage.samplesOf("a")).extracting(RecordingAppendable.Sample::value).containsExactly(1.0, 10.0, 100.0);
    assertThat(storage.samplesOf("c")).extracting(RecordingAppendable.Sample::value).containsExactly(3.0, 30.0, 300.0);
    assertThat(storage.samplesOf("b")).hasSize(3);
    assertThat(storage.samplesOf("b").get(1).isStale()).isTrue();
    assertThat(storage.samplesOf("b").get(2).value()).isEqualTo(200.0);
    assertThat(storage.samplesOf("d")).hasSize(2);
    assertThat(storage.samplesOf("d").get(1).isStale()).isTrue();
    assertThat(storage.samplesOf("scrape_series_added")).extracting(RecordingAppendable.Sample::value)
        .containsExactly(3.0, 1.0, 1.0);
  }
}
