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
 * A first pass over each series finds its label bytes and counts its samples (protobuf allows
 * fields in any order). When the labels are one contiguous run, their bytes are looked up in the
 * {@link SeriesCache}; on a miss they are decoded, validated and, if sent in canonical form, cached.
 * A second pass appends the samples. Metadata is skipped: the storage interface has no place for it.
 */
final class WriteRequestV1Decoder {

  private final ProtoReader reader;
  private final MutableWriteBatch batch;
  private final SeriesCache cache;

  private WriteRequestV1Decoder(ProtoReader reader, MutableWriteBatch batch, SeriesCache cache) {
    this.reader = reader;
    this.batch = batch;
    this.cache = cache;
  }

  /** Decodes the whole message; {@code cache} may be null. */
  static void decode(ProtoReader reader, MutableWriteBatch batch, SeriesCache cache) {
    WriteRequestV1Decoder decoder = new WriteRequestV1Decoder(reader, batch, cache);
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 == 1) {
        reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "WriteRequest.timeseries");
        decoder.decodeSeries();
      } else {
        reader.skip(tag & 7);
      }
    }
  }

  private void decodeSeries() {
    int enclosing = reader.enter();
    int start = reader.position();
    batch.beginSeries();
    int sampleCount = 0;
    int exemplarCount = 0;
    int histogramCount = 0;
    int labelsStart = -1;
    int labelsEnd = -1;
    boolean contiguous = true;
    while (reader.hasRemaining()) {
      int fieldStart = reader.position();
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "TimeSeries.labels");
          if (labelsStart < 0) {
            labelsStart = fieldStart;
          } else if (labelsEnd != fieldStart) {
            contiguous = false;
          }
          reader.skip(WireType.LENGTH_DELIMITED);
          labelsEnd = reader.position();
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
    boolean cacheable = cache != null && contiguous && labelsStart >= 0;
    long hash = cacheable ? SeriesCache.hash(reader.buffer(), labelsStart, labelsEnd) : 0;
    SeriesCache.Entry entry = cacheable ? cache.get(hash) : null;
    if (entry != null && !spells(labelsStart, labelsEnd, entry.labels)) {
      entry = null;
    }
    Labels labels;
    if (entry != null) {
      labels = entry.labels;
    } else {
      reader.seek(start);
      decodeLabels();
      labels = batch.finishLabels(sampleCount);
      if (labels != null && cacheable && batch.labelsCanonical()) {
        entry = new SeriesCache.Entry(labels);
        cache.put(hash, entry);
      }
    }
    if (labels != null) {
      if (sampleCount > 0) {
        reader.seek(start);
        long ref = SamplesDecoder.appendAll(reader, batch, labels, entry == null ? 0 : entry.ref);
        if (entry != null) {
          entry.ref = ref;
        }
      }
      if (histogramCount > 0) {
        batch.rejectHistograms(labels, histogramCount);
      }
      batch.countExemplars(exemplarCount);
    }
    reader.leave(enclosing);
  }

  private void decodeLabels() {
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 != 1) {
        reader.skip(tag & 7);
        continue;
      }
      int enclosing = reader.enter();
      String name = "";
      String value = "";
      while (reader.hasRemaining()) {
        int field = reader.readTag();
        switch (field >>> 3) {
          case 1 -> {
            reader.expectWireType(field, WireType.LENGTH_DELIMITED, "Label.name");
            name = reader.readString();
          }
          case 2 -> {
            reader.expectWireType(field, WireType.LENGTH_DELIMITED, "Label.value");
            value = reader.readString();
          }
          default -> reader.skip(field & 7);
        }
      }
      reader.leave(enclosing);
      batch.addLabel(name, value);
    }
  }

  /**
   * Whether the label fields in {@code [from, to)} are exactly {@code labels}' pairs in order, each
   * as name (field 1) then value (field 2). Anything else is a miss, never an error: the slow path
   * then decodes and reports problems.
   */
  private boolean spells(int from, int to, Labels labels) {
    byte[] buffer = reader.buffer();
    ProtoReader raw = new ProtoReader(buffer, from, to - from);
    int index = 0;
    try {
      while (raw.hasRemaining()) {
        if (index == labels.size() || raw.readTag() != WireType.tag(1, WireType.LENGTH_DELIMITED)) {
          return false;
        }
        int enclosing = raw.enter();
        if (!raw.hasRemaining() || raw.readTag() != WireType.tag(1, WireType.LENGTH_DELIMITED)) {
          return false;
        }
        int nameLength = raw.readLength();
        if (!SeriesCache.spells(buffer, raw.position(), nameLength, labels.name(index))) {
          return false;
        }
        raw.seek(raw.position() + nameLength);
        if (!raw.hasRemaining() || raw.readTag() != WireType.tag(2, WireType.LENGTH_DELIMITED)) {
          return false;
        }
        int valueLength = raw.readLength();
        if (!SeriesCache.spells(buffer, raw.position(), valueLength, labels.value(index))) {
          return false;
        }
        raw.seek(raw.position() + valueLength);
        if (raw.hasRemaining()) {
          return false;
        }
        raw.leave(enclosing);
        index++;
      }
    } catch (io.argus.ingest.protobuf.WireFormatException malformed) {
      return false;
    }
    return index == labels.size();
  }
}
