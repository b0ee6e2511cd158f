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

  private final Labels[] labels = new Labels[NAMES.length];
  private final long[] refs = new long[NAMES.length];

  ReportSeries(Labels targetLabels) {
    for (int i = 0; i < NAMES.length; i++) {
      labels[i] = targetLabels.toBuilder().set(Labels.METRIC_NAME, NAMES[i]).build();
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
    for (int i = 0; i < NAMES.length; i++) {
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
