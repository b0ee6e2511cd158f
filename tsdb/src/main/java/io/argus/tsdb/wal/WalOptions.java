package io.argus.tsdb.wal;

/**
 * How the log writes.
 *
 * @param segmentSizeBytes a segment is closed once it reaches this size (Prometheus: 128 MiB)
 * @param syncPolicy when written data is forced to disk
 * @param syncIntervalMillis the longest time written data stays unsynced under {@link
 *     WalSyncPolicy#PERIODIC}
 * @param opener creates segment files; replaced in tests
 */
public record WalOptions(
    long segmentSizeBytes, WalSyncPolicy syncPolicy, long syncIntervalMillis, SegmentChannel.Opener opener) {

  public static final long DEFAULT_SEGMENT_SIZE_BYTES = 128L << 20;
  public static final long DEFAULT_SYNC_INTERVAL_MILLIS = 1_000;

  public WalOptions {
    if (segmentSizeBytes < 4096) {
      throw new IllegalArgumentException("segmentSizeBytes must be at least 4096, got " + segmentSizeBytes);
    }
    if (syncPolicy == null) {
      throw new IllegalArgumentException("syncPolicy must be set");
    }
    if (syncIntervalMillis <= 0) {
      throw new IllegalArgumentException("syncIntervalMillis must be positive, got " + syncIntervalMillis);
    }
    if (opener == null) {
      opener = SegmentChannel::createFile;
    }
  }

  public static WalOptions defaults() {
    return new WalOptions(
        DEFAULT_SEGMENT_SIZE_BYTES, WalSyncPolicy.PERIODIC, DEFAULT_SYNC_INTERVAL_MILLIS, null);
  }

  public WalOptions withSegmentSizeBytes(long bytes) {
    return new WalOptions(bytes, syncPolicy, syncIntervalMillis, opener);
  }

  public WalOptions withSyncPolicy(WalSyncPolicy policy) {
    return new WalOptions(segmentSizeBytes, policy, syncIntervalMillis, opener);
  }

  public WalOptions withOpener(SegmentChannel.Opener newOpener) {
    return new WalOptions(segmentSizeBytes, syncPolicy, syncIntervalMillis, newOpener);
  }
}
