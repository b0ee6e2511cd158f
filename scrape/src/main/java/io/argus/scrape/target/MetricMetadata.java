package io.argus.scrape.target;

import io.argus.scrape.exposition.MetricType;

/**
 * HELP, TYPE and UNIT of one metric family as a target last exposed them, for
 * {@code /api/v1/targets/metadata} and {@code /api/v1/metadata}.
 *
 * @param help "" when not given
 * @param unit "" when not given
 */
public record MetricMetadata(MetricType type, String help, String unit) {

  public static final MetricMetadata NONE = new MetricMetadata(MetricType.UNKNOWN, "", "");

  public MetricMetadata withType(MetricType newType) {
    return new MetricMetadata(newType, help, unit);
  }

  public MetricMetadata withHelp(String newHelp) {
    return new MetricMetadata(type, newHelp, unit);
  }

  public MetricMetadata withUnit(String newUnit) {
    return new MetricMetadata(type, help, newUnit);
  }
}
