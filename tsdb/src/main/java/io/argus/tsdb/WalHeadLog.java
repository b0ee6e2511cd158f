package io.argus.tsdb;

import io.argus.core.label.Labels;
import io.argus.tsdb.head.HeadLog;
import io.argus.tsdb.wal.RecordEncoder;
import io.argus.tsdb.wal.WalWriter;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Makes head commits durable in the write-ahead log: new series first, then the samples, encoded by
 * the committing thread (with a pooled encoder) and written by the group-committing writer.
 */
final class WalHeadLog implements HeadLog {

  private final WalWriter writer;
  private final ConcurrentLinkedQueue<RecordEncoder> encoders = new ConcurrentLinkedQueue<>();

  WalHeadLog(WalWriter writer) {
    this.writer = writer;
  }

  @Override
  public void logBatch(
      int[] newSeriesIds,
      Labels[] newSeriesLabels,
      int newSeriesCount,
      int[] seriesIds,
      long[] timestampsMillis,
      long[] valueBits,
      int sampleCount) {
    RecordEncoder encoder = encoders.poll();
    if (encoder == null) {
      encoder = new RecordEncoder();
    }
    try {
      encoder.reset();
      if (newSeriesCount > 0) {
        encoder.series(newSeriesIds, newSeriesLabels, newSeriesCount);
      }
      if (sampleCount > 0) {
        encoder.samples(seriesIds, timestampsMillis, valueBits, sampleCount);
      }
      writer.log(encoder.buffer(), encoder.size());
    } finally {
      if (encoder.buffer().length <= (1 << 20)) {
        encoders.offer(encoder);
      }
    }
  }
}
