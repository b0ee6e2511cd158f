package io.argus.server.config;

/**
 * Per-scrape limits, settable globally and per job; 0 means no limit, as in Prometheus.
 */
public record ScrapeLimits(
    long bodySizeLimitBytes,
    long sampleLimit,
    long targetLimit,
    long labelLimit,
    long labelNameLengthLimit,
    long labelValueLengthLimit,
    long keepDroppedTargets) {

  public static final ScrapeLimits NONE = new ScrapeLimits(0, 0, 0, 0, 0, 0, 0);

  /** Reads the limit keys of {@code yaml}, each defaulting to the same limit of {@code defaults}. */
  static ScrapeLimits from(YamlMapping yaml, ScrapeLimits defaults) throws ConfigException {
    return new ScrapeLimits(
        yaml.byteSize("body_size_limit", defaults.bodySizeLimitBytes),
        yaml.longValue("sample_limit", defaults.sampleLimit),
        yaml.longValue("target_limit", defaults.targetLimit),
        yaml.longValue("label_limit", defaults.labelLimit),
        yaml.longValue("label_name_length_limit", defaults.labelNameLengthLimit),
        yaml.longValue("label_value_length_limit", defaults.labelValueLengthLimit),
        yaml.longValue("keep_dropped_targets", defaults.keepDroppedTargets));
  }
}
