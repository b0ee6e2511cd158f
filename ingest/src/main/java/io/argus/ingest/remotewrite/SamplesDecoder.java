package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.WireType;

/**
 * Appends the {@code Sample} messages of one series (field 2 of {@code TimeSeries} in both 1.0 and
 * 2.0, with the same {@code double value = 1; int64 timestamp = 2;} layout), reading the value and
 * timestamp into locals: no object per sample.
 */
final class SamplesDecoder {

  static final int SAMPLES_FIELD = 2;

  private SamplesDecoder() {}

  /**
   * Reads the rest of the current series message and appends each of its samples.
   *
   * @param ref the series reference to start with, 0 when unknown
   * @return the reference returned by the last successful append, or {@code ref}
   */
  static long appendAll(ProtoReader reader, MutableWriteBatch batch, Labels labels, long ref) {
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 != SAMPLES_FIELD) {
        reader.skip(tag & 7);
        continue;
      }
      int enclosing = reader.enter();
      double value = 0;
      long timestampMillis = 0;
      while (reader.hasRemaining()) {
        int field = reader.readTag();
        switch (field >>> 3) {
          case 1 -> {
            reader.expectWireType(field, WireType.FIXED64, "Sample.value");
            value = reader.readDouble();
          }
          case 2 -> {
            reader.expectWireType(field, WireType.VARINT, "Sample.timestamp");
            timestampMillis = reader.readVarint64();
          }
          default -> reader.skip(field & 7);
        }
      }
      reader.leave(enclosing);
      long returned = batch.append(ref, labels, timestampMillis, value);
      ref = returned != 0 ? returned : ref;
    }
    return ref;
  }
}
