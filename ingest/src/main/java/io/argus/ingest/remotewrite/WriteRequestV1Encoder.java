package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;

/**
 * Builds a remote write 1.0 {@code prometheus.WriteRequest} series by series from primitive arrays,
 * then snappy-compresses it. Used by the sender and by tests and benchmarks. Reusable after
 * {@link #reset()}; not thread-safe.
 */
public final class WriteRequestV1Encoder {

  private final ProtoWriter writer;
  private int seriesCount;
  private int sampleCount;

  public WriteRequestV1Encoder(int initialCapacityBytes) {
    writer = new ProtoWriter(initialCapacityBytes);
  }

  public WriteRequestV1Encoder() {
    this(64 * 1024);
  }

  public void reset() {
    writer.reset();
    seriesCount = 0;
    sampleCount = 0;
  }

  /** Adds one series with {@code count} samples taken from the arrays starting at {@code offset}. */
  public void addSeries(Labels labels, long[] timestampsMillis, double[] values, int offset, int count) {
    int series = writer.beginMessage(1);
    for (int i = 0; i < labels.size(); i++) {
      int label = writer.beginMessage(1);
      writer.writeStringField(1, labels.name(i));
      writer.writeStringField(2, labels.value(i));
      writer.endMessage(label);
    }
    for (int i = offset; i < offset + count; i++) {
      int sample = writer.beginMessage(2);
      writer.writeDoubleField(1, values[i]);
      writer.writeVarintField(2, timestampsMillis[i]);
      writer.endMessage(sample);
    }
    writer.endMessage(series);
    seriesCount++;
    sampleCount += count;
  }

  /** Adds a series with a single sample. */
  public void addSample(Labels labels, long timestampMillis, double value) {
    addSeries(labels, new long[] {timestampMillis}, new double[] {value}, 0, 1);
  }

  public int seriesCount() {
    return seriesCount;
  }

  public int sampleCount() {
    return sampleCount;
  }

  /** The uncompressed protobuf bytes. */
  public byte[] toProtobuf() {
    return writer.toByteArray();
  }

  /** The snappy-compressed body, as sent over HTTP. */
  public byte[] toSnappyBody() {
    return SnappyBlock.compress(writer.buffer(), 0, writer.size());
  }
}
