package io.argus.ingest.remoteread;

import io.argus.core.label.LabelsBuilder;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.SnappyBlock;
import io.argus.ingest.protobuf.WireFormatException;
import io.argus.ingest.protobuf.WireType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Decodes a snappy-compressed SAMPLES {@code ReadResponse}, as a remote read client receives it. */
public final class ReadResponseDecoder {

  private ReadResponseDecoder() {}

  /**
   * @return one list of series per query, in query order
   * @throws WireFormatException for bytes that are not a snappy ReadResponse
   */
  public static List<List<RemoteSeries>> decode(byte[] body, int maxDecompressedBytes) {
    ProtoReader reader = new ProtoReader(SnappyBlock.decompress(body, maxDecompressedBytes));
    List<List<RemoteSeries>> results = new ArrayList<>();
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      if (tag >>> 3 != 1) {
        reader.skip(tag & 7);
        continue;
      }
      reader.expectWireType(tag, WireType.LENGTH_DELIMITED, "ReadResponse.results");
      int enclosing = reader.enter();
      List<RemoteSeries> series = new ArrayList<>();
      while (reader.hasRemaining()) {
        int field = reader.readTag();
        if (field >>> 3 == 1) {
          reader.expectWireType(field, WireType.LENGTH_DELIMITED, "QueryResult.timeseries");
          series.add(decodeSeries(reader));
        } else {
          reader.skip(field & 7);
        }
      }
      reader.leave(enclosing);
      results.add(series);
    }
    return results;
  }

  private static RemoteSeries decodeSeries(ProtoReader reader) {
    int enclosing = reader.enter();
    LabelsBuilder labels = new LabelsBuilder();
    long[] timestamps = new long[8];
    double[] values = new double[8];
    int count = 0;
    while (reader.hasRemaining()) {
      int tag = reader.readTag();
      switch (tag >>> 3) {
        case 1 -> {
          int label = reader.enter();
          String name = "";
          String value = "";
          while (reader.hasRemaining()) {
            int field = reader.readTag();
            switch (field >>> 3) {
              case 1 -> name = reader.readString();
              case 2 -> value = reader.readString();
              default -> reader.skip(field & 7);
            }
          }
          reader.leave(label);
          if (name.isEmpty()) {
            throw new WireFormatException("expected a label name in a remote read series, found an empty one");
          }
          labels.set(name, value);
        }
        case 2 -> {
          int sample = reader.enter();
          if (count == timestamps.length) {
            timestamps = Arrays.copyOf(timestamps, count * 2);
            values = Arrays.copyOf(values, count * 2);
          }
          timestamps[count] = 0;
          values[count] = 0;
          while (reader.hasRemaining()) {
            int field = reader.readTag();
            switch (field >>> 3) {
              case 1 -> {
                reader.expectWireType(field, WireType.FIXED64, "Sample.value");
                values[count] = reader.readDouble();
              }
              case 2 -> {
                reader.expectWireType(field, WireType.VARINT, "Sample.timestamp");
                timestamps[count] = reader.readVarint64();
              }
              default -> reader.skip(field & 7);
            }
          }
          reader.leave(sample);
          count++;
        }
        default -> reader.skip(tag & 7);
      }
    }
    reader.leave(enclosing);
    return new RemoteSeries(labels.build(), Arrays.copyOf(timestamps, count), Arrays.copyOf(values, count));
  }
}
