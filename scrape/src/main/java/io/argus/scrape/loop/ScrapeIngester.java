package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.storage.Appender;
import io.argus.core.storage.DuplicateSampleException;
import io.argus.core.storage.OutOfBoundsException;
import io.argus.core.storage.OutOfOrderSampleException;
import io.argus.core.storage.SampleRejectedException;
import io.argus.core.storage.StaleMarker;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.exposition.ExpositionEntry;
import io.argus.scrape.exposition.ExpositionFormatException;
import io.argus.scrape.exposition.ExpositionParser;
import io.argus.scrape.target.MetricMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends one parsed scrape for one target: looks every series up in the series cache by its raw
 * bytes, labels and limits it on a miss, appends, and tracks which series each successful scrape
 * had so that those that vanish get staleness markers. A scrape that breaks a rule fails as a
 * whole (the caller rolls the appender back). Owned by one scrape loop; not thread-safe.
 */
final class ScrapeIngester {

  /** Samples further ahead of the scrape time than this fail the scrape (clock or exporter bugs). */
  static final long FUTURE_TOLERANCE_MILLIS = 10 * 60_000;

  private final SeriesCache cache = new SeriesCache();
  private final List<SeriesCache.Entry> touched = new ArrayList<>();
  private final LabelsBuilder builder = new LabelsBuilder();
  private final LabelsBuilder scratch = new LabelsBuilder();
  private final SampleLabeler labeler;
  private final ScrapeLimits limits;
  private final boolean honorTimestamps;
  private final boolean trackTimestampsStaleness;
  private final long sampleLimit;
  private int lastCompletedIteration = SeriesCache.NEVER;
  /** The first series of the last scrape, where the successor chain starts. */
  private SeriesCache.Entry firstInScrape;
  private SeriesCache.Entry previousInScrape;

  ScrapeIngester(ScrapeConfig config, SampleLabeler labeler) {
    this.labeler = labeler;
    this.limits = ScrapeLimits.of(config);
    this.honorTimestamps = config.honorTimestamps();
    this.trackTimestampsStaleness = config.trackTimestampsStaleness();
    this.sampleLimit = config.sampleLimit();
  }

  int cachedSeries() {
    return cache.size();
  }

  /**
   * Parses and appends a scrape body.
   *
   * @param metadata receives HELP/TYPE/UNIT per family
   * @throws ScrapeFailedException for a parse error or a broken limit or rule; counts stay filled
   */
  void ingest(ExpositionParser parser, Appender appender, long scrapeMillis, int iteration,
      ScrapeCounts counts, Map<String, MetricMetadata> metadata) throws ScrapeFailedException {
    touched.clear();
    counts.reset();
    previousInScrape = null;
    String sampleLimitError = null;
    try {
      for (ExpositionEntry entry = parser.next(); entry != ExpositionEntry.END; entry = parser.next()) {
        switch (entry) {
          case HELP -> metadata.merge(parser.metricName(), MetricMetadata.NONE.withHelp(parser.text()),
              (old, added) -> old.withHelp(added.help()));
          case TYPE -> metadata.merge(parser.metricName(), MetricMetadata.NONE.withType(parser.metricType()),
              (old, added) -> old.withType(added.type()));
          case UNIT -> metadata.merge(parser.metricName(), MetricMetadata.NONE.withUnit(parser.text()),
              (old, added) -> old.withUnit(added.unit()));
          case COMMENT, END -> { }
          case SERIES -> {
            counts.scraped++;
            if (sampleLimitError == null) {
              sampleLimitError = series(parser, appender, scrapeMillis, iteration, counts);
            }
          }
        }
      }
    } catch (ExpositionFormatException e) {
      throw new ScrapeFailedException(e.getMessage(), e);
    }
    if (sampleLimitError != null) {
      throw new ScrapeFailedException(sampleLimitError + " (number of samples: " + counts.scraped + ")");
    }
  }

  /** Handles one sample; returns a sample-limit error to stop appending, else null. */
  private String series(ExpositionParser parser, Appender appender, long scrapeMillis, int iteration,
      ScrapeCounts counts) throws ScrapeFailedException {
    boolean explicitTimestamp = honorTimestamps && parser.hasTimestamp();
    long timestampMillis = explicitTimestamp ? parser.timestampMillis() : scrapeMillis;
    if (timestampMillis > scrapeMillis + FUTURE_TOLERANCE_MILLIS) {
      throw new ScrapeFailedException("line " + parser.lineNumber() + ": timestamp " + timestampMillis
          + " is more than " + FUTURE_TOLERANCE_MILLIS / 60_000 + "m in the future of the scrape at " + scrapeMillis);
    }
    SeriesCache.Entry predicted = previousInScrape == null ? firstInScrape : previousInScrape.successor;
    SeriesCache.Entry entry = predicted != null
            && predicted.matches(parser.buffer(), parser.seriesStart(), parser.seriesEnd())
        ? predicted
        : cache.find(parser.buffer(), parser.seriesStart(), parser.seriesEnd());
    boolean isNew = false;
    if (entry == null) {
      entry = cache.add(parser.buffer(), parser.seriesStart(), parser.seriesEnd(), label(parser));
      isNew = true;
    }
    if (previousInScrape == null) {
      firstInScrape = entry;
    } else {
      previousInScrape.successor = entry;
    }
    previousInScrape = entry;
    if (entry.seenInIteration == iteration) {
      throw new ScrapeFailedException("line " + parser.lineNumber() + ": duplicate series "
          + (entry.labels == null ? "" : entry.labels.toString()) + " (first on line " + entry.lineInIteration + ")");
    }
    entry.seenInIteration = iteration;
    entry.lineInIteration = parser.lineNumber();
    touched.add(entry);
    if (entry.labels == null) {
      return null;
    }
    if (sampleLimit > 0 && counts.appended >= sampleLimit) {
      return "sample_limit exceeded (limit: " + sampleLimit + ")";
    }
    entry.explicitTimestamp = explicitTimestamp && !trackTimestampsStaleness;
    try {
      entry.ref = appender.append(entry.ref, entry.labels, timestampMillis, parser.value());
    } catch (SampleRejectedException e) {
      switch (e) {
        case OutOfOrderSampleException ignored -> counts.outOfOrder++;
        case DuplicateSampleException ignored -> counts.duplicateTimestamps++;
        case OutOfBoundsException ignored -> counts.outOfBounds++;
      }
      return null;
    }
    counts.appended++;
    if (isNew) {
      counts.seriesAdded++;
    }
    return null;
  }

  /** Builds, labels and checks the labels of a series seen for the first time; null if dropped. */
  private Labels label(ExpositionParser parser) throws ScrapeFailedException {
    builder.reset();
    parser.addLabels(builder);
    Labels labels = labeler.apply(builder.build(), scratch);
    if (labels == null) {
      return null;
    }
    if (labels.metricName().isEmpty()) {
      throw new ScrapeFailedException("line " + parser.lineNumber() + ": missing metric name (__name__ label)");
    }
    String violation = limits.violation(labels);
    if (violation != null) {
      throw new ScrapeFailedException("line " + parser.lineNumber() + ": " + violation);
    }
    return labels;
  }

  /** Marks the series of a successful scrape as seen; call before {@link #appendStaleMarkers}. */
  void commitIteration(int iteration) {
    for (SeriesCache.Entry entry : touched) {
      entry.lastSeenIteration = iteration;
    }
    touched.clear();
  }

  /**
   * Appends staleness markers for series the previous scrape had and this one has not (all of them
   * when this scrape failed), then forgets series gone for more than one scrape.
   */
  int appendStaleMarkers(Appender appender, long timestampMillis, int iteration) {
    int[] count = {0};
    cache.forEach(entry -> {
      if (entry.lastSeenIteration == iteration - 1 && entry.labels != null && !entry.explicitTimestamp) {
        appendStale(appender, entry, timestampMillis);
        count[0]++;
      }
    });
    cache.removeSeenBefore(iteration);
    lastCompletedIteration = iteration;
    touched.clear();
    return count[0];
  }

  /** Appends staleness markers for every series of the last completed scrape (target gone, shutdown). */
  int appendAllStale(Appender appender, long timestampMillis) {
    int[] count = {0};
    cache.forEach(entry -> {
      if (entry.lastSeenIteration == lastCompletedIteration && entry.labels != null && !entry.explicitTimestamp) {
        appendStale(appender, entry, timestampMillis);
        count[0]++;
      }
    });
    return count[0];
  }

  private static void appendStale(Appender appender, SeriesCache.Entry entry, long timestampMillis) {
    try {
      entry.ref = appender.append(entry.ref, entry.labels, timestampMillis, StaleMarker.STALE_NAN);
    } catch (SampleRejectedException e) {
      // A series that already has a later sample needs no marker; Prometheus ignores these too.
    }
  }
}
