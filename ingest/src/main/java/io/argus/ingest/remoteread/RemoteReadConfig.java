package io.argus.ingest.remoteread;

/**
 * Limits of the remote read server, after Prometheus' flags.
 *
 * @param sampleLimit {@code --storage.remote.read-sample-limit}: the most samples one query may
 *     return in a SAMPLES response; 0 means no limit
 * @param concurrencyLimit {@code --storage.remote.read-concurrent-limit}: the most requests served
 *     at once, later ones wait; 0 means no limit
 * @param maxBodyBytes the largest compressed or decompressed request body
 */
public record RemoteReadConfig(int sampleLimit, int concurrencyLimit, int maxBodyBytes) {

  public RemoteReadConfig {
    if (sampleLimit < 0 || concurrencyLimit < 0 || maxBodyBytes <= 0) {
      throw new IllegalArgumentException(
          "expected sampleLimit >= 0, concurrencyLimit >= 0, maxBodyBytes > 0, got " + sampleLimit + ", "
              + concurrencyLimit + ", " + maxBodyBytes);
    }
  }

  /** Prometheus' defaults: 50,000,000 samples per query, 10 concurrent requests; 32 MiB bodies. */
  public static RemoteReadConfig defaults() {
    return new RemoteReadConfig(50_000_000, 10, 32 << 20);
  }
}
