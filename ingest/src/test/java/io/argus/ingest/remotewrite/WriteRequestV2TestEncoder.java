package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;
import io.argus.ingest.protobuf.WireType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds remote write 2.0 requests for tests: a symbol table starting with "", packed label refs. */
final class WriteRequestV2TestEncoder {

  private final Map<String, Integer> symbolIndex = new HashMap<>();
  private final List<String> symbols = new ArrayList<>();
  private final ProtoWriter series = new ProtoWriter();

  WriteRequestV2TestEncoder() {
    symbol("");
  }

  int symbol(String value) {
    return symbolIndex.computeIfAbsent(value, v -> {
      symbols.add(v);
      return symbols.size() - 1;
    });
  }

  /** A series with samples, and optionally exemplars/histograms (as empty messages) to count. */
  WriteRequestV2TestEncoder addSeries(Labels labels, long[] timestamps, double[] values, int exemplars, int histograms) {
    int[] refs = new int[labels.size() * 2];
    for (int i = 0; i < labels.size(); i++) {
      refs[2 * i] = symbol(labels.name(i));
      refs[2 * i + 1] = symbol(labels.value(i));
    }
    return addSeriesWithRefs(refs, timestamps, values, exemplars, histograms);
  }

  WriteRequestV2TestEncoder addSeriesWithRefs(int[] refs, long[] timestamps, double[] values, int exemplars, int histograms) {
    int token = series.beginMessage(5);
    int packed = series.beginMessage(1);
    for (int ref : refs) {
      series.writeVarint64(ref);
    }
    series.endMessage(packed);
    for (int i = 0; i < timestamps.length; i++) {
      int sample = series.beginMessage(2);
      series.writeDoubleField(1, values[i]);
      series.writeVarintField(2, timestamps[i]);
      series.endMessage(sample);
    }
    for (int i = 0; i < histograms; i++) {
      int histogram = series.beginMessage(3);
      series.writeVarintField(1, 1);
      series.endMessage(histogram);
    }
    for (int i = 0; i < exemplars; i++) {
      int exemplar = series.beginMessage(4);
      series.writeDoubleField(2, 1.5);
      series.endMessage(exemplar);
    }
    int metadata = series.beginMessage(5);
    series.writeVarintField(1, 2);
    series.endMessage(metadata);
    series.writeTag(6, WireType.VARINT);
    series.writeVarint64(1000);
    series.endMessage(token);
    return this;
  }

  byte[] toProtobuf() {
    ProtoWriter out = new ProtoWriter();
    for (String symbol : symbols) {
      out.writeStringField(4, symbol);
    }
    byte[] head = out.toByteArray();
    byte[] body = series.toByteArray();
    byte[] result = new byte[head.length + body.length];
    System.arraycopy(head, 0, result, 0, head.length);
    System.arraycopy(body, 0, result, head.length, body.length);
    return result;
  }

  byte[] toSnappyBody() {
    return SnappyBlock.compress(toProtobuf());
  }
}
