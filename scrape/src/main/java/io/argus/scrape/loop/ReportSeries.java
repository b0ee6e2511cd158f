package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.SampleRejectedException;

/**
 * The synthetic series Prometheus writes for every scrape, labelled with the target's labels, with
 * their series references kept between scrapes.
 */
final class ReportSeries {

  static final String[] NAMES = {
    "up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling",
    "scrape_series_added"
  };

  /** Written only with Prometheus' {@code extra-scrape-metrics} feature. */
  static final String[] EXTRA_NAMES = {"scrape_timeout_seconds", "scrape_sample_limit", "scrape_body_size_bytes"};

  private final Labels[] labels;
  private final long[] refs;
  private final boolean extra;

  ReportSeries(Labels targetLabels, boolean extraScrapeMetrics) {
    this.extra = extraScrapeMetrics;
    int count = NAMES.length + (extra ? EXTRA_NAMES.length : 0);
    labels = new Labels[count];
    refs = new long[count];
    for (int i = 0; i < count; i++) {
      String name = i < NAMES.length ? NAMES[i] : EXTRA_NAMES[i - NAMES.length];
      labels[i] = targetLabels.toBuilder().set(Labels.METRIC_NAME, name).build();
    }
  }

  /** Appends the extra series when enabled: the timeout, the sample limit and the body size. */
  void appendExtra(Appender appender, long timestampMillis, double timeoutSeconds, long sampleLimit,
      long bodyBytes) {
    if (extra) {
      append(appender, NAMES.length, timestampMillis, timeoutSeconds);
      append(appender, NAMES.length + 1, timestampMillis, sampleLimit);
      append(appender, NAMES.length + 2, timestampMillis, bodyBytes);
    }
  }

  /** Appends one scrape's report at {@code timestampMillis}. */
  void append(Appender appender, long timestampMillis, boolean up, double durationSeconds, ScrapeCounts counts) {
    append(appender, 0, timestampMillis, up ? 1 : 0);
    append(appender, 1, timestampMillis, durationSeconds);
    append(appender, 2, timestampMillis, counts.scraped);
    append(appender, 3, timestampMillis, counts.appended);
    append(appender, 4, timestampMillis, counts.seriesAdded);
  }

  /** Appends {@code value} (a staleness marker, typically) to every report series. */
  void appendToAll(Appender appender, long timestampMillis, double value) {
    for (int i = 0; i < labels.length; i++) {
      append(appender, i, timestampMillis, value);
    }
  }

  private void append(Appender appender, int index, long timestampMillis, double value) {
    try {
      refs[index] = appender.append(refs[index], labels[index], timestampMillis, value);
    } catch (SampleRejectedException e) {
      // Same timestamp as a previous report (a clock step backwards): Prometheus drops these too.
    }
  }
}
