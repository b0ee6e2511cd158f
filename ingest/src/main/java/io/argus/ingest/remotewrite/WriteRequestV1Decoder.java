package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.WireType;

/**
 * Decodes a remote write 1.0 {@code prometheus.WriteRequest} into a {@link MutableWriteBatch},
 * sample by sample, without message objects:
 *
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; repeated MetricMetadata metadata = 3; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2;
 *                repeated Exemplar exemplars = 3; repeated Histogram histograms = 4; }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; }
 * </pre>
 *
 * Each series is read twice: once for its labels (protobuf allows fields in any order, so samples
 * could precede labels), once for its samples. Metadata is skipped: the storage interface has no
 * place for it yet.
 */
final class WriteRequestV1Decoder {

  private WriteRequestV1Decoder() {}

  static void decode(ProtoReader reader, MutableWriteBatch batch) {
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 == 1) {
        reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "WriteRequest.timeseries");
        decodeSeries(reader, batch);
      } else {
        reader.skip(tag & 7);
      }
    }
  }

  private static void decodeSeries(ProtoReader reader, MutableWriteBatch batch) {
    int enclosing = reader.enter();
    int start = reader.position();
    batch.beginSeries();
    int sampleCount = 0;
    int exemplarCount = 0;
    int histogramCount = 0;
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "TimeSeries.labels");
          decodeLabel(reader, batch);
        }
        case 2 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "TimeSeries.samples");
          reader.skip(WireType.LENGTH_DELIMITED);
          sampleCount++;
        }
        case 3 -> {
          reader.skip(tag & 7);
          exemplarCount++;
        }
        case 4 -> {
          reader.skip(tag & 7);
          histogramCount++;
        }
        default -> reader.skip(tag & 7);
      }
    }
    Labels labels = batch.finishLabels(sampleCount);
    if (labels != null) {
      if (sampleCount > 0) {
        reader.seek(start);
        SamplesDecoder.appendAll(reader, batch, labels);
      }
      if (histogramCount > 0) {
        batch.rejectHistograms(labels, histogramCount);
      }
      batch.countExemplars(exemplarCount);
    }
    reader.leave(enclosing);
  }

  private static void decodeLabel(ProtoReader reader, MutableWriteBatch batch) {
    int enclosing = reader.enter();
    String name = "";
    String value = "";
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Label.name");
          name = reader.readString();
        }
        case 2 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Label.value");
          value = reader.readString();
        }
        default -> reader.skip(tag & 7);
      }
    }
    reader.leave(enclosing);
    batch.addLabel(name, value);
  }
}
