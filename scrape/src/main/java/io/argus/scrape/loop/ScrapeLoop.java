package io.argus.scrape.loop;

import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StaleMarker;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.exposition.ExpositionFormat;
import io.argus.scrape.exposition.ExpositionParser;
import io.argus.scrape.relabel.Relabeler;
import io.argus.scrape.target.MetricMetadata;
import io.argus.scrape.target.Target;
import io.argus.scrape.target.TargetHealth;
import io.argus.scrape.target.TargetState;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Scrapes one target every interval on its own virtual thread. Each scrape is all or nothing: the
 * samples, the staleness markers for vanished series and the report series go into one appender
 * that is committed together; a failed scrape (HTTP error, parse error, limit) is rolled back and
 * replaced by staleness markers for the previous scrape's series and a report with {@code up} 0.
 * The first scrape starts at an offset derived from the target's hash, spreading targets over the
 * interval. {@link #scrapeOnce(long)} may also be driven directly (tests, benchmarks).
 */
public final class ScrapeLoop {

  private final Target target;
  private final HttpScraper scraper;
  private final Appendable appendable;
  private final Clock clock;
  private final ScrapeIngester ingester;
  private final ReportSeries report;
  private final ScrapeCounts counts = new ScrapeCounts();
  private final ScrapeBody raw = new ScrapeBody();
  private final ScrapeBody decompressed = new ScrapeBody();
  private final long sampleLimit;
  private int iteration;
  private long lastScrapeMillis;
  private volatile boolean stopping;
  private Thread thread;

  public ScrapeLoop(Target target, ScrapeConfig config, HttpScraper scraper, Appendable appendable,
      Relabeler metricRelabeler, ScrapeOptions options) {
    this.target = target;
    this.scraper = scraper;
    this.appendable = appendable;
    this.clock = options.clock();
    this.sampleLimit = config.sampleLimit();
    this.ingester = new ScrapeIngester(
        config, new SampleLabeler(target.publicLabels(), config.honorLabels(), metricRelabeler));
    this.report = new ReportSeries(target.publicLabels(), options.extraScrapeMetrics());
  }

  public Target target() {
    return target;
  }

  /** Starts scraping on a new virtual thread. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("scrape loop for " + target + " already started");
    }
    thread = Thread.ofVirtual().name("scrape " + target).start(this::run);
  }

  private void run() {
    long intervalMillis = target.intervalMillis();
    try {
      long nextMillis = clock.millis() + offsetMillis(clock.millis(), intervalMillis);
      while (!stopping) {
        long waitMillis = nextMillis - clock.millis();
        if (waitMillis > 0) {
          Thread.sleep(waitMillis);
        }
        try {
          scrapeOnce(clock.millis());
        } catch (RuntimeException e) {
          // Only the storage can throw here (staleness or report appends); keep scraping and say why.
          target.recordScrape(new TargetState(TargetHealth.DOWN, "storing the scrape failed: " + e,
              clock.millis(), 0));
        }
        nextMillis += intervalMillis;
        long now = clock.millis();
        if (nextMillis <= now) {
          // Missed slots (a slow scrape, a paused process) are skipped, keeping the phase.
          nextMillis += ((now - nextMillis) / intervalMillis + 1) * intervalMillis;
        }
      }
    } catch (InterruptedException e) {
      // stop() interrupts; fall through to exit.
    }
  }

  /**
   * Prometheus' spread: the delay until this target's slot, which is its hash modulo the interval,
   * measured from the interval-aligned wall clock, so restarts keep each target in the same slot.
   */
  long offsetMillis(long nowMillis, long intervalMillis) {
    long base = intervalMillis - Math.floorMod(nowMillis, intervalMillis);
    long offset = Long.remainderUnsigned(target.labels().hash(), intervalMillis);
    long next = base + offset;
    return next > intervalMillis ? next - intervalMillis : next;
  }

  /**
   * Runs one scrape at {@code startMillis} and records the outcome on the target.
   *
   * @throws InterruptedException if the loop is being stopped; nothing of the scrape is stored
   */
  public void scrapeOnce(long startMillis) throws InterruptedException {
    iteration++;
    long startNanos = System.nanoTime();
    long durationNanos = 0;
    String error = null;
    long bodyBytes = 0;
    Map<String, MetricMetadata> metadata = new HashMap<>();
    Appender appender = appendable.appender();
    try {
      HttpScraper.Response response = scraper.fetch(target.url(), target.timeoutMillis(), raw, decompressed);
      durationNanos = System.nanoTime() - startNanos;
      bodyBytes = response.body().length();
      ExpositionParser parser = ExpositionFormat.parserFor(
          response.contentType(), response.body().bytes(), response.body().length());
      ingester.ingest(parser, appender, startMillis, iteration, counts, metadata);
      ingester.commitIteration(iteration);
    } catch (ScrapeFailedException | RuntimeException e) {
      // A RuntimeException here is a storage failure or a bug; it fails this scrape, not the loop.
      error = e instanceof ScrapeFailedException ? e.getMessage() : "scrape failed: " + e;
      // Prometheus' scrape_body_size_bytes: -1 when the body size limit failed the scrape, else 0.
      bodyBytes = error.startsWith(HttpScraper.BODY_SIZE_LIMIT_EXCEEDED) ? -1 : 0;
      if (durationNanos == 0) {
        durationNanos = System.nanoTime() - startNanos;
        counts.reset();
      }
      appender.rollback();
      appender = appendable.appender();
    } catch (InterruptedException e) {
      appender.rollback();
      throw e;
    }
    ingester.appendStaleMarkers(appender, startMillis, iteration);
    report.append(appender, startMillis, error == null, durationNanos / 1e9, counts);
    report.appendExtra(appender, startMillis, target.timeoutMillis() / 1e3, sampleLimit, bodyBytes);
    try {
      appender.commit();
    } catch (RuntimeException e) {
      error = "storage refused the scrape: " + e.getMessage();
    }
    lastScrapeMillis = startMillis;
    target.recordScrape(new TargetState(error == null ? TargetHealth.UP : TargetHealth.DOWN,
        error == null ? "" : error, startMillis, durationNanos / 1_000_000));
    if (error == null) {
      target.recordMetadata(metadata);
    }
  }

  /**
   * Stops the loop and waits for it to end. With {@code writeStaleMarkers}, the series of the last
   * scrape and the report series get staleness markers (target removed, shutdown).
   */
  public void stop(boolean writeStaleMarkers) {
    Thread running;
    synchronized (this) {
      stopping = true;
      running = thread;
    }
    if (running != null) {
      running.interrupt();
      boolean interrupted = false;
      while (running.isAlive()) {
        try {
          running.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (writeStaleMarkers && iteration > 0) {
      long staleMillis = Math.max(clock.millis(), lastScrapeMillis + 1);
      Appender appender = appendable.appender();
      ingester.appendAllStale(appender, staleMillis);
      report.appendToAll(appender, staleMillis, StaleMarker.STALE_NAN);
      appender.commit();
    }
  }
}
