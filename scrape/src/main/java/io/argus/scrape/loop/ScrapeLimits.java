package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.scrape.config.ScrapeConfig;
import java.nio.charset.StandardCharsets;

/** The per-series label limits of a scrape config, checked with Prometheus' messages. 0 = no limit. */
record ScrapeLimits(long labelLimit, long labelNameLengthLimit, long labelValueLengthLimit) {

  static ScrapeLimits of(ScrapeConfig config) {
    return new ScrapeLimits(config.labelLimit(), config.labelNameLengthLimit(), config.labelValueLengthLimit());
  }

  /** Null when {@code labels} is within the limits, else the reason. */
  String violation(Labels labels) {
    String metric = truncate(labels.metricName());
    if (labelLimit > 0 && labels.size() > labelLimit) {
      return "label_limit exceeded (metric: " + metric + ", number of labels: " + labels.size()
          + ", limit: " + labelLimit + ")";
    }
    if (labelNameLengthLimit == 0 && labelValueLengthLimit == 0) {
      return null;
    }
    for (int i = 0; i < labels.size(); i++) {
      if (labelNameLengthLimit > 0) {
        int nameLength = labels.name(i).getBytes(StandardCharsets.UTF_8).length;
        if (nameLength > labelNameLengthLimit) {
          return "label_name_length_limit exceeded (metric: " + metric + ", label name: "
              + truncate(labels.name(i)) + ", length: " + nameLength + ", limit: " + labelNameLengthLimit + ")";
        }
      }
      if (labelValueLengthLimit > 0) {
        int valueLength = labels.value(i).getBytes(StandardCharsets.UTF_8).length;
        if (valueLength > labelValueLengthLimit) {
          return "label_value_length_limit exceeded (metric: " + metric + ", label name: "
              + truncate(labels.name(i)) + ", value: \"" + truncate(labels.value(i)) + "\", length: "
              + valueLength + ", limit: " + labelValueLengthLimit + ")";
        }
      }
    }
    return null;
  }

  private static String truncate(String text) {
    return text.length() <= 50 ? text : text.substring(0, 50);
  }
}
