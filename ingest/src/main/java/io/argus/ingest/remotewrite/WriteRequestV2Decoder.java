package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.WireType;
import java.util.Arrays;

/**
 * Decodes a remote write 2.0 {@code io.prometheus.write.v2.Request} into a
 * {@link MutableWriteBatch}:
 *
 * <pre>
 * Request    { repeated string symbols = 4; repeated TimeSeries timeseries = 5; }
 * TimeSeries { repeated uint32 labels_refs = 1; repeated Sample samples = 2;
 *              repeated Histogram histograms = 3; repeated Exemplar exemplars = 4;
 *              Metadata metadata = 5; int64 created_timestamp = 6; }
 * Sample     { double value = 1; int64 timestamp = 2; }
 * </pre>
 *
 * A first pass records where each symbol lies; symbols are decoded to strings once, on first
 * reference, so every series of the request shares them. A label reference outside the symbol
 * table refuses the whole request. Metadata and created timestamps are read past: the storage
 * interface has no place for them yet (Prometheus also ignores created timestamps by default).
 */
final class WriteRequestV2Decoder {

  private final ProtoReader reader;
  private final MutableWriteBatch batch;
  private int[] symbolOffsets = new int[64];
  private int[] symbolLengths = new int[64];
  private String[] symbols;
  private int symbolCount;
  private int[] labelRefs = new int[32];

  private WriteRequestV2Decoder(ProtoReader reader, MutableWriteBatch batch) {
    this.reader = reader;
    this.batch = batch;
  }

  static void decode(ProtoReader reader, MutableWriteBatch batch) {
    new WriteRequestV2Decoder(reader, batch).decode();
  }

  private void decode() {
    int start = reader.position();
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 == 4) {
        reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Request.symbols");
        int length = reader.readLength();
        addSymbol(reader.position(), length);
        reader.seek(reader.position() + length);
      } else {
        reader.skip(tag & 7);
      }
    }
    symbols = new String[symbolCount];
    reader.seek(start);
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 == 5) {
        reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "Request.timeseries");
        decodeSeries();
      } else {
        reader.skip(tag & 7);
      }
    }
  }

  private void addSymbol(int offset, int length) {
    if (symbolCount == symbolOffsets.length) {
      symbolOffsets = Arrays.copyOf(symbolOffsets, symbolCount * 2);
      symbolLengths = Arrays.copyOf(symbolLengths, symbolCount * 2);
    }
    symbolOffsets[symbolCount] = offset;
    symbolLengths[symbolCount] = length;
    symbolCount++;
  }

  private String symbol(int ref) {
    if (ref < 0 || ref >= symbolCount) {
      throw new RejectedRequestException(400,
          "label reference " + Integer.toUnsignedString(ref) + " is outside the symbol table of " + symbolCount
              + " symbols (before byte offset " + reader.position() + ")");
    }
    String symbol = symbols[ref];
    if (symbol == null) {
      symbol = ProtoReader.decodeUtf8(reader.buffer(), symbolOffsets[ref], symbolLengths[ref]);
      symbols[ref] = symbol;
    }
    return symbol;
  }

  private void decodeSeries() {
    int enclosing = reader.enter();
    int start = reader.position();
    batch.beginSeries();
    int refCount = 0;
    int sampleCount = 0;
    int histogramCount = 0;
    int exemplarCount = 0;
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> refCount = readLabelRefs(tag, refCount);
        case 2 -> {
          reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "TimeSeries.samples");
          reader.skip(WireType.LENGTH_DELIMITED);
          sampleCount++;
        }
        case 3 -> {
          reader.skip(tag & 7);
          histogramCount++;
        }
        case 4 -> {
          reader.skip(tag & 7);
          exemplarCount++;
        }
        default -> reader.skip(tag & 7);
      }
    }
    if (refCount % 2 != 0) {
      throw new RejectedRequestException(400,
          "expected an even number of label references (name, value pairs) in a series, found " + refCount
              + " (series ending at byte offset " + reader.position() + ")");
    }
    for (int i = 0; i < refCount; i += 2) {
      batch.addLabel(symbol(labelRefs[i]), symbol(labelRefs[i + 1]));
    }
    Labels labels = batch.finishLabels(sampleCount);
    if (labels != null) {
      if (sampleCount > 0) {
        reader.seek(start);
        SamplesDecoder.appendAll(reader, batch, labels, 0);
      }
      if (histogramCount > 0) {
        batch.rejectHistograms(labels, histogramCount);
      }
      batch.countExemplars(exemplarCount);
    }
    reader.leave(enclosing);
  }

  /** Reads label references, packed (the proto3 default) or one per field. */
  private int readLabelRefs(int tag, int refCount) {
    if ((tag & 7) == WireType.VARINT) {
      return addRef(refCount, reader.readUint32());
    }
    reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "TimeSeries.labels_refs");
    int enclosing = reader.enter();
    while (reader.hasRemaining()) {
      refCount = addRef(refCount, reader.readUint32());
    }
    reader.leave(enclosing);
    return refCount;
  }

  private int addRef(int refCount, int ref) {
    if (refCount == labelRefs.length) {
      labelRefs = Arrays.copyOf(labelRefs, refCount * 2);
    }
    labelRefs[refCount] = ref;
    return refCount + 1;
  }
}
