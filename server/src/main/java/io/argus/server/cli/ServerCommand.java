package io.argus.server.cli;

import io.argus.server.ArgusServer;
import io.argus.server.ListenAddress;
import io.argus.server.ServerOptions;
import io.argus.server.logging.LogFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argus server}: Prometheus' server flags with Prometheus' defaults. Flags that Prometheus has
 * and Argus does not act on yet are accepted so that existing unit files keep working, and listed
 * in docs/compatibility.md.
 */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the Argus server (the default when no sub-command is given).")
public final class ServerCommand implements Callable<Integer> {

  static final String DEFAULT_CONFIG_FILE = "prometheus.yml";

  @Spec CommandSpec spec;

  @Option(names = "--config.file", defaultValue = DEFAULT_CONFIG_FILE,
      description = "Configuration file path. Without the flag and without ./prometheus.yml, the embedded default is used.")
  String configFile;

  @Option(names = "--web.listen-address", defaultValue = "0.0.0.0:9090", converter = FlagConverters.Address.class,
      description = "Address to listen on for UI, API, and telemetry.")
  ListenAddress listenAddress;

  @Option(names = "--web.config.file", defaultValue = "", description = "[not supported yet] TLS and authentication configuration.")
  String webConfigFile;

  @Option(names = "--web.read-timeout", defaultValue = "5m", converter = FlagConverters.DurationMillis.class,
      description = "Maximum duration before timing out read of the request, and closing idle connections.")
  long readTimeoutMillis;

  @Option(names = "--web.max-connections", defaultValue = "512", description = "Maximum number of simultaneous connections.")
  int maxConnections;

  @Option(names = "--web.external-url", defaultValue = "", description = "The URL under which Argus is externally reachable.")
  String externalUrl;

  @Option(names = "--web.route-prefix", defaultValue = "", description = "[accepted, not used yet] Prefix for the internal routes of web endpoints.")
  String routePrefix;

  @Option(names = "--web.enable-lifecycle", negatable = true, description = "Enable shutdown and reload via HTTP request.")
  boolean enableLifecycle;

  @Option(names = "--web.enable-admin-api", negatable = true, description = "Enable API endpoints for admin control actions.")
  boolean enableAdminApi;

  @Option(names = "--web.enable-remote-write-receiver", negatable = true, description = "Enable API endpoint accepting remote write requests.")
  boolean enableRemoteWriteReceiver;

  @Option(names = "--web.enable-otlp-receiver", negatable = true, description = "[accepted, not used yet] Enable API endpoint accepting OTLP write requests.")
  boolean enableOtlpReceiver;

  @Option(names = "--web.shutdown-timeout", defaultValue = "30s", converter = FlagConverters.DurationMillis.class,
      description = "Argus: how long a graceful shutdown waits for in-flight requests.")
  long shutdownTimeoutMillis;

  @Option(names = "--web.console.templates", defaultValue = "consoles", description = "[accepted, not used] Console template directory.")
  String consoleTemplates;

  @Option(names = "--web.console.libraries", defaultValue = "console_libraries", description = "[accepted, not used] Console library directory.")
  String consoleLibraries;

  @Option(names = "--web.page-title", defaultValue = "Argus", description = "Document title of the web UI.")
  String pageTitle;

  @Option(names = "--web.cors.origin", defaultValue = ".*", description = "Regex for CORS origin. It is fully anchored.")
  String corsOrigin;

  @Option(names = "--web.local-assets", defaultValue = "", description = "[accepted, not used] Path to static asset directory.")
  String localAssets;

  @Option(names = "--web.user-assets", defaultValue = "", description = "[accepted, not used] Path to user asset directory.")
  String userAssets;

  @Option(names = "--storage.tsdb.path", defaultValue = "data/", description = "Base path for metrics storage.")
  String dataPath;

  @Option(names = "--storage.tsdb.retention", converter = FlagConverters.DurationMillis.class,
      description = "[DEPRECATED] How long to retain samples; use --storage.tsdb.retention.time.")
  Long deprecatedRetentionMillis;

  @Option(names = "--storage.tsdb.retention.time", converter = FlagConverters.DurationMillis.class,
      description = "How long to retain samples in storage (default 15d unless a size limit is set).")
  Long retentionTimeMillis;

  @Option(names = "--storage.tsdb.retention.size", converter = FlagConverters.SizeBytes.class,
      description = "Maximum number of bytes that can be stored for blocks, e.g. 512MB.")
  Long retentionSizeBytes;

  @Option(names = "--storage.tsdb.use-lockfile", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Create a lockfile in the data directory.")
  boolean useLockfile;

  @Option(names = "--storage.tsdb.head-chunks-write-queue-size", defaultValue = "0", description = "[accepted, not used] Experimental.")
  long headChunksWriteQueueSize;

  @Option(names = "--storage.tsdb.wal-compression", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "[accepted, not used yet] Compress the write-ahead log.")
  boolean walCompression;

  @Option(names = "--storage.remote.flush-deadline", defaultValue = "1m", converter = FlagConverters.DurationMillis.class,
      description = "How long to wait flushing samples on shutdown or config reload.")
  long remoteFlushDeadlineMillis;

  @Option(names = "--storage.remote.read-sample-limit", defaultValue = "5e7", converter = FlagConverters.Count.class,
      description = "Maximum overall number of samples to return via the remote read interface.")
  long remoteReadSampleLimit;

  @Option(names = "--storage.remote.read-concurrent-limit", defaultValue = "10", description = "Maximum number of concurrent remote read calls.")
  int remoteReadConcurrentLimit;

  @Option(names = "--storage.remote.read-max-bytes-in-frame", defaultValue = "1048576", description = "Maximum bytes in one streamed remote read frame.")
  long remoteReadMaxBytesInFrame;

  @Option(names = "--rules.alert.for-outage-tolerance", defaultValue = "1h", converter = FlagConverters.DurationMillis.class,
      description = "Max time to tolerate an outage for restoring \"for\" state of alerts.")
  long forOutageToleranceMillis;

  @Option(names = "--rules.alert.for-grace-period", defaultValue = "10m", converter = FlagConverters.DurationMillis.class,
      description = "Minimum duration between alert and restored \"for\" state.")
  long forGracePeriodMillis;

  @Option(names = "--rules.alert.resend-delay", defaultValue = "1m", converter = FlagConverters.DurationMillis.class,
      description = "Minimum amount of time to wait before resending an alert to Alertmanager.")
  long resendDelayMillis;

  @Option(names = "--rules.max-concurrent-evals", defaultValue = "4", description = "Maximum number of rules evaluated concurrently.")
  int maxConcurrentEvals;

  @Option(names = "--alertmanager.config.file", defaultValue = "alertmanager.yml",
      description = "Argus: the configuration of the embedded Alertmanager. Without the flag and without ./alertmanager.yml, a built-in one that notifies nobody is used.")
  String alertmanagerConfigFile;

  @Option(names = "--alertmanager.notification-queue-capacity", defaultValue = "10000",
      description = "The capacity of the queue for pending Alertmanager notifications.")
  int notificationQueueCapacity;

  @Option(names = "--query.lookback-delta", defaultValue = "5m", converter = FlagConverters.DurationMillis.class,
      description = "The maximum lookback duration for retrieving metrics during expression evaluations and federation.")
  long lookbackDeltaMillis;

  @Option(names = "--query.timeout", defaultValue = "2m", converter = FlagConverters.DurationMillis.class,
      description = "Maximum time a query may take before being aborted.")
  long queryTimeoutMillis;

  @Option(names = "--query.max-concurrency", defaultValue = "20", description = "Maximum number of queries executed concurrently.")
  int queryMaxConcurrency;

  @Option(names = "--query.max-samples", defaultValue = "50000000", converter = FlagConverters.Count.class,
      description = "Maximum number of samples a single query can load into memory.")
  long queryMaxSamples;

  @Option(names = "--enable-feature", split = ",", description = "Comma separated feature names to enable.")
  List<String> features = List.of();

  @Option(names = "--log.level", defaultValue = "info", converter = FlagConverters.Level.class,
      description = "Only log messages with the given severity or above: debug, info, warn, error.")
  String logLevel;

  @Option(names = "--log.format", defaultValue = "logfmt", converter = FlagConverters.Format.class,
      description = "Output format of log messages: logfmt, json.")
  LogFormat logFormat;

  @Override
  public Integer call() {
    return ArgusServer.run(options());
  }

  ServerOptions options() {
    if (!webConfigFile.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--web.config.file (TLS and authentication) is not supported by Argus yet");
    }
    boolean explicitConfig = spec.commandLine().getParseResult().hasMatchedOption("--config.file");
    long retentionTime;
    if (retentionTimeMillis != null) {
      retentionTime = retentionTimeMillis;
    } else if (deprecatedRetentionMillis != null) {
      retentionTime = deprecatedRetentionMillis;
    } else {
      retentionTime = retentionSizeBytes != null ? 0 : 15L * 24 * 3600 * 1000;
    }
    return new ServerOptions(Path.of(configFile), explicitConfig, listenAddress, Path.of(dataPath),
        retentionTime, retentionSizeBytes == null ? 0 : retentionSizeBytes, enableLifecycle, enableAdminApi,
        enableRemoteWriteReceiver, queryTimeoutMillis, queryMaxSamples, lookbackDeltaMillis,
        queryMaxConcurrency, readTimeoutMillis, maxConnections, externalUrl, logLevel, logFormat, features,
        shutdownTimeoutMillis, remoteFlushDeadlineMillis, Path.of(alertmanagerConfigFile),
        spec.commandLine().getParseResult().hasMatchedOption("--alertmanager.config.file"), flags());
  }

  /** Every flag with its effective value as text, the way {@code /api/v1/status/flags} lists them. */
  private Map<String, String> flags() {
    Map<String, String> flags = new TreeMap<>();
    for (OptionSpec option : spec.options()) {
      String name = option.longestName();
      if (!name.startsWith("--") || option.usageHelp() || option.versionHelp()) {
        continue;
      }
      List<String> given = option.stringValues();
      String value;
      if (!given.isEmpty()) {
        value = String.join(",", given);
      } else if (option.defaultValue() != null) {
        value = option.defaultValue();
      } else {
        value = option.typeInfo().isBoolean() ? "false" : "";
      }
      if (option.typeInfo().isBoolean() && !given.isEmpty()) {
        value = String.valueOf((Object) option.getValue());
      }
      flags.put(name.substring(2), value);
    }
    return flags;
  }
}
