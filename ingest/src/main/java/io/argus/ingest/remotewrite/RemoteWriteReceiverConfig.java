package io.argus.ingest.remotewrite;

import java.util.EnumSet;
import java.util.Set;

/**
 * Limits and policies of the remote write receiver. Each limit, when hit, produces an error that
 * names it.
 *
 * @param maxBodyBytes the largest compressed body accepted (answered with 413 beyond it)
 * @param maxDecompressedBytes the largest body after snappy decompression (400 beyond it)
 * @param maxSeriesPerRequest the most time series one request may hold (400 beyond it)
 * @param maxLabelsPerSeries the most label pairs of one series; a series with more is refused
 * @param maxLabelNameLength the longest label name, in UTF-16 code units
 * @param maxLabelValueLength the longest label value, in UTF-16 code units
 * @param acceptedProtocols the message types accepted (Prometheus'
 *     {@code --web.remote-write-receiver.accepted-protobuf-messages}); others get 415
 * @param partialWritePolicy what to do with the valid part of a request that holds bad data
 * @param seriesCacheSize how many series the 1.0 decoder remembers by their raw label bytes (with
 *     their validated labels and storage reference); 0 turns the cache off. Each entry holds one
 *     {@code Labels} with its own strings, roughly 0.5 to 1.5 KiB for a series of ten labels
 */
public record RemoteWriteReceiverConfig(
    int maxBodyBytes,
    int maxDecompressedBytes,
    int maxSeriesPerRequest,
    int maxLabelsPerSeries,
    int maxLabelNameLength,
    int maxLabelValueLength,
    Set<RemoteWriteProtocol> acceptedProtocols,
    PartialWritePolicy partialWritePolicy,
    int seriesCacheSize) {

  public RemoteWriteReceiverConfig {
    requirePositive(maxBodyBytes, "maxBodyBytes");
    requirePositive(maxDecompressedBytes, "maxDecompressedBytes");
    requirePositive(maxSeriesPerRequest, "maxSeriesPerRequest");
    requirePositive(maxLabelsPerSeries, "maxLabelsPerSeries");
    requirePositive(maxLabelNameLength, "maxLabelNameLength");
    requirePositive(maxLabelValueLength, "maxLabelValueLength");
    if (acceptedProtocols == null || acceptedProtocols.isEmpty()) {
      throw new IllegalArgumentException("acceptedProtocols must name at least one protocol, got " + acceptedProtocols);
    }
    acceptedProtocols = Set.copyOf(acceptedProtocols);
    if (seriesCacheSize < 0) {
      throw new IllegalArgumentException("seriesCacheSize must not be negative, got " + seriesCacheSize);
    }
    if (partialWritePolicy == null) {
      throw new IllegalArgumentException("partialWritePolicy must not be null");
    }
  }

  /**
   * Defaults: 32 MiB compressed and 256 MiB decompressed (Prometheus' sender never builds bodies
   * near this), 100,000 series per request, 128 labels per series, names up to 1 KiB and values
   * up to 16 KiB, both protocols, Prometheus' partial-write behaviour, no series cache (it costs memory
   * and only pays off where the storage's lookup by reference is much cheaper than by labels).
   */
  public static RemoteWriteReceiverConfig defaults() {
    return new RemoteWriteReceiverConfig(
        32 << 20, 256 << 20, 100_000, 128, 1024, 16 * 1024,
        EnumSet.allOf(RemoteWriteProtocol.class), PartialWritePolicy.APPEND_VALID, 0);
  }

  /** A copy with another partial-write policy. */
  public RemoteWriteReceiverConfig withPartialWritePolicy(PartialWritePolicy policy) {
    return new RemoteWriteReceiverConfig(maxBodyBytes, maxDecompressedBytes, maxSeriesPerRequest,
        maxLabelsPerSeries, maxLabelNameLength, maxLabelValueLength, acceptedProtocols, policy, seriesCacheSize);
  }

  /** A copy with other label limits. */
  public RemoteWriteReceiverConfig withLabelLimits(int labelsPerSeries, int nameLength, int valueLength) {
    return new RemoteWriteReceiverConfig(maxBodyBytes, maxDecompressedBytes, maxSeriesPerRequest,
        labelsPerSeries, nameLength, valueLength, acceptedProtocols, partialWritePolicy, seriesCacheSize);
  }

  /** A copy with other size limits. */
  public RemoteWriteReceiverConfig withSizeLimits(int bodyBytes, int decompressedBytes, int seriesPerRequest) {
    return new RemoteWriteReceiverConfig(bodyBytes, decompressedBytes, seriesPerRequest,
        maxLabelsPerSeries, maxLabelNameLength, maxLabelValueLength, acceptedProtocols, partialWritePolicy, seriesCacheSize);
  }

  /** A copy with another series cache size (0 turns it off). */
  public RemoteWriteReceiverConfig withSeriesCacheSize(int entries) {
    return new RemoteWriteReceiverConfig(maxBodyBytes, maxDecompressedBytes, maxSeriesPerRequest,
        maxLabelsPerSeries, maxLabelNameLength, maxLabelValueLength, acceptedProtocols, partialWritePolicy, entries);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
