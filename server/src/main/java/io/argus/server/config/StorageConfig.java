package io.argus.server.config;

/** The {@code storage} section. */
public record StorageConfig(long outOfOrderTimeWindowMillis, long maxExemplars) {

  public static final StorageConfig DEFAULT = new StorageConfig(0, 100_000);

  static StorageConfig from(YamlMapping yaml) throws ConfigException {
    YamlMapping tsdb = yaml.mapping("tsdb");
    long window = tsdb.duration("out_of_order_time_window", 0);
    tsdb.finish();
    YamlMapping exemplars = yaml.mapping("exemplars");
    long maxExemplars = exemplars.longValue("max_exemplars", DEFAULT.maxExemplars);
    exemplars.finish();
    yaml.finish();
    return new StorageConfig(window, maxExemplars);
  }
}
