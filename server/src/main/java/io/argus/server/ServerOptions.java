package io.argus.server;

import io.argus.server.logging.LogFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code argus server} was started with, validated and converted: durations in
 * milliseconds, sizes in bytes.
 *
 * @param configFile the configuration file
 * @param configFileRequired false when the file is only the default name: then a missing file
 *     means "use the embedded default" instead of an error
 * @param retentionTimeMillis 0 means no time limit
 * @param retentionSizeBytes 0 means no size limit
 * @param remoteFlushDeadlineMillis how long remote-write queues may flush on reload or shutdown
 * @param alertmanagerConfigFile the embedded Alertmanager's configuration
 * @param alertmanagerConfigFileRequired false when it is only the default name (missing means
 *     "use the built-in configuration")
 * @param flags every flag by name (without dashes) with its effective value as text, for
 *     {@code /api/v1/status/flags}
 */
public record ServerOptions(
    Path configFile,
    boolean configFileRequired,
    ListenAddress listenAddress,
    Path dataPath,
    long retentionTimeMillis,
    long retentionSizeBytes,
    boolean enableLifecycle,
    boolean enableAdminApi,
    boolean enableRemoteWriteReceiver,
    long queryTimeoutMillis,
    long queryMaxSamples,
    long queryLookbackDeltaMillis,
    int queryMaxConcurrency,
    long readTimeoutMillis,
    int maxConnections,
    String externalUrl,
    String logLevel,
    LogFormat logFormat,
    List<String> enabledFeatures,
    long shutdownTimeoutMillis,
    long remoteFlushDeadlineMillis,
    Path alertmanagerConfigFile,
    boolean alertmanagerConfigFileRequired,
    Map<String, String> flags) {

  public ServerOptions {
    enabledFeatures = List.copyOf(enabledFeatures);
    flags = Map.copyOf(flags);
  }
}
