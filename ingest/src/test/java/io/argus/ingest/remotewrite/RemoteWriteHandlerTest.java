package io.argus.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.storage.StaleMarker;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.fake.RecordingStorage.Sample;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;
import org.junit.jupiter.api.Test;

class RemoteWriteHandlerTest {

  private static final String V1 = "application/x-protobuf";
  private static final String V2 = "application/x-protobuf;proto=io.prometheus.write.v2.Request";

  private final RecordingStorage storage = new RecordingStorage();
  private final RemoteWriteHandler handler = new RemoteWriteHandler(storage);

  private static Labels series(String name, String... pairs) {
    String[] all = new String[pairs.length + 2];
    all[0] = "__name__";
    all[1] = name;
    System.arraycopy(pairs, 0, all, 2, pairs.length);
    return Labels.of(all);
  }

  private static byte[] v1Body(Labels labels, long[] timestamps, double[] values) {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    encoder.addSeries(labels, timestamps, values, 0, timestamps.length);
    return encoder.toSnappyBody();
  }

  @Test
  void storesVersion1SamplesAndAnswers204() {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    encoder.addSeries(series("up", "job", "a"), new long[] {1000, 2000}, new double[] {1, 0}, 0, 2);
    encoder.addSample(series("temperature", "room", "kitchen"), 1500, StaleMarker.STALE_NAN);

    WriteResult result = handler.write(V1, "snappy", "0.1.0", encoder.toSnappyBody());

    assertThat(result.httpStatus()).isEqualTo(204);
    assertThat(result.samplesWritten()).isEqualTo(3);
    assertThat(result.responseHeaders()).isEmpty();
    assertThat(storage.committed()).hasSize(3);
    Sample stale = storage.committed().get(2);
    assertThat(stale.labels()).isEqualTo(series("temperature", "room", "kitchen"));
    assertThat(StaleMarker.isStale(stale.value())).isTrue();
  }

  @Test
  void missingContentTypeAndEncodingMeanVersion1Snappy() {
    WriteResult result = handler.write(null, null, null, v1Body(series("up"), new long[] {1}, new double[] {1}));
    assertThat(result.httpStatus()).isEqualTo(204);
    assertThat(result.protocol()).isEqualTo(RemoteWriteProtocol.V1);
  }

  @Test
  void storesVersion2SamplesAndSetsWrittenHeaders() {
    WriteRequestV2TestEncoder encoder = new WriteRequestV2TestEncoder()
        .addSeries(series("http_requests_total", "code", "200"), new long[] {10, 20}, new double[] {1, 2}, 1, 0)
        .addSeries(series("up", "job", "x"), new long[] {10}, new double[] {1}, 0, 0);

    WriteResult result = handler.write(V2, "snappy", "2.0.0", encoder.toSnappyBody());

    assertThat(result.httpStatus()).isEqualTo(204);
    assertThat(result.responseHeaders())
        .containsEntry(WriteResult.SAMPLES_WRITTEN_HEADER, "3")
        .containsEntry(WriteResult.HISTOGRAMS_WRITTEN_HEADER, "0")
        .containsEntry(WriteResult.EXEMPLARS_WRITTEN_HEADER, "0");
    assertThat(storage.committed()).extracting(Sample::labels)
        .containsExactly(
            series("http_requests_total", "code", "200"), series("http_requests_total", "code", "200"), series("up", "job", "x"));
  }

  @Test
  void unsupportedContentTypeOrEncodingIs415() {
    byte[] body = v1Body(series("up"), new long[] {1}, new double[] {1});
    assertThat(handler.write("application/json", "snappy", null, body).httpStatus()).isEqualTo(415);
    assertThat(handler.write("application/x-protobuf;proto=foo.Bar", "snappy", null, body).message())
        .contains("proto=foo.Bar");
    assertThat(handler.write(V1, "gzip", null, body).httpStatus()).isEqualTo(415);
    RemoteWriteHandler onlyV1 = new RemoteWriteHandler(storage, new RemoteWriteReceiverConfig(
        1 << 20, 1 << 20, 10, 10, 10, 10, java.util.Set.of(RemoteWriteProtocol.V1), PartialWritePolicy.APPEND_VALID, 0));
    WriteResult v2Refused = onlyV1.write(V2, "snappy", null, body);
    assertThat(v2Refused.httpStatus()).isEqualTo(415);
    assertThat(v2Refused.message()).contains("io.prometheus.write.v2.Request is not accepted");
    assertThat(storage.committed()).isEmpty();
  }

  @Test
  void bodyThatIsNotSnappyIs400() {
    WriteResult result = handler.write(V1, "snappy", null, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1});
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("snappy");
  }

  @Test
  void snappyThatIsNotProtobufIs400AndRollsBack() {
    WriteResult result = handler.write(V1, "snappy", null, SnappyBlock.compress("hello, world".getBytes()));
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).startsWith("malformed prometheus.WriteRequest").contains("byte offset");
    assertThat(storage.committed()).isEmpty();
    assertThat(storage.openAppenders()).isZero();
  }

  @Test
  void truncatedBodyWritesNothingEvenAfterGoodSeries() {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    encoder.addSample(series("good"), 1, 1);
    encoder.addSample(series("cut", "x", "y"), 1, 1);
    byte[] protobuf = encoder.toProtobuf();
    byte[] cut = java.util.Arrays.copyOf(protobuf, protobuf.length - 3);

    WriteResult result = handler.write(V1, "snappy", null, SnappyBlock.compress(cut));

    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("nothing written");
    assertThat(storage.committed()).isEmpty();
    assertThat(storage.rollbacks()).isEqualTo(1);
  }

  @Test
  void bodyOverTheSizeLimitIs413() {
    RemoteWriteHandler small = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSizeLimits(10, 1000, 10));
    WriteResult result = small.write(V1, "snappy", null, v1Body(series("up", "job", "long enough"), new long[] {1}, new double[] {1}));
    assertThat(result.httpStatus()).isEqualTo(413);
    assertThat(result.message()).contains("maxBodyBytes");
  }

  @Test
  void decompressedSizeAndSeriesCountAreLimited() {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    for (int i = 0; i < 5; i++) {
      encoder.addSample(series("m", "i", Integer.toString(i)), 1, 1);
    }
    RemoteWriteHandler fewSeries = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSizeLimits(1000, 1000, 3));
    WriteResult tooMany = fewSeries.write(V1, "snappy", null, encoder.toSnappyBody());
    assertThat(tooMany.httpStatus()).isEqualTo(400);
    assertThat(tooMany.message()).contains("more than 3 series", "maxSeriesPerRequest");

    RemoteWriteHandler tiny = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSizeLimits(1000, 20, 100));
    WriteResult tooBig = tiny.write(V1, "snappy", null, encoder.toSnappyBody());
    assertThat(tooBig.httpStatus()).isEqualTo(400);
    assertThat(tooBig.message()).contains("more than the limit of 20");
    assertThat(storage.committed()).isEmpty();
  }

  @Test
  void invalidLabelsAre400NamingTheSeriesAndValidSeriesAreKept() {
    ProtoWriter writer = new ProtoWriter();
    writeSeries(writer, 1, 1.0, "__name__", "dup", "a", "1", "a", "2");
    writeSeries(writer, 1, 1.0, "job", "no_name");
    writeSeries(writer, 1, 1.0, "__name__", "fine", "zone", "b", "app", "c");

    WriteResult result = handler.write(V1, "snappy", null, SnappyBlock.compress(writer.toByteArray()));

    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message())
        .startsWith("invalid labels for series {__name__=\"dup\", a=\"1\", a=\"2\"}: duplicate label name \"a\"")
        .contains("and 1 more errors", "2 samples rejected");
    assertThat(result.samplesWritten()).isEqualTo(1);
    assertThat(storage.committed()).extracting(Sample::labels)
        .containsExactly(Labels.of("__name__", "fine", "app", "c", "zone", "b"));
  }

  @Test
  void atomicPolicyKeepsNothingOfARequestWithBadData() {
    RemoteWriteHandler atomic = new RemoteWriteHandler(storage,
        RemoteWriteReceiverConfig.defaults().withPartialWritePolicy(PartialWritePolicy.ATOMIC));
    ProtoWriter writer = new ProtoWriter();
    writeSeries(writer, 1, 1.0, "__name__", "fine");
    writeSeries(writer, 1, 1.0, "job", "no_name");

    WriteResult result = atomic.write(V1, "snappy", null, SnappyBlock.compress(writer.toByteArray()));

    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("missing metric name", "2 samples rejected, nothing written");
    assertThat(storage.committed()).isEmpty();
  }

  @Test
  void labelLimitsRefuseTheSeries() {
    RemoteWriteHandler limited = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withLabelLimits(2, 8, 3));
    ProtoWriter writer = new ProtoWriter();
    writeSeries(writer, 1, 1.0, "__name__", "m", "a", "1", "b", "2");
    writeSeries(writer, 1, 1.0, "__name__", "m", "longname1", "1");
    writeSeries(writer, 1, 1.0, "__name__", "m", "a", "long");
    writeSeries(writer, 1, 1.0, "__name__", "m", "a", "ok");

    WriteResult result = limited.write(V1, "snappy", null, SnappyBlock.compress(writer.toByteArray()));

    assertThat(result.message()).contains("3 labels, more than the limit of 2 (maxLabelsPerSeries)", "and 2 more errors");
    assertThat(storage.committed()).extracting(Sample::labels).containsExactly(Labels.of("__name__", "m", "a", "ok"));
  }

  @Test
  void unsortedLabelsAreSortedAndEmptyValuesDropped() {
    ProtoWriter writer = new ProtoWriter();
    writeSeries(writer, 1, 1.0, "zone", "z", "__name__", "m", "empty", "", "app", "a");
    assertThat(handler.write(V1, "snappy", null, SnappyBlock.compress(writer.toByteArray())).httpStatus()).isEqualTo(204);
    assertThat(storage.committed().getFirst().labels()).isEqualTo(Labels.of("__name__", "m", "app", "a", "zone", "z"));
  }

  @Test
  void outOfOrderAndDuplicateSamplesAre400AndTheRestIsStored() {
    handler.write(V1, "snappy", null, v1Body(series("m"), new long[] {100}, new double[] {1}));

    WriteResult result = handler.write(V1, "snappy", null, v1Body(series("m"), new long[] {50, 100, 150}, new double[] {1, 2, 3}));

    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).startsWith("out of order sample for series {__name__=\"m\"} at 50")
        .contains("and 1 more errors", "2 samples rejected");
    assertThat(result.samplesWritten()).isEqualTo(1);
    assertThat(storage.committed()).extracting(Sample::timestampMillis).containsExactly(100L, 150L);
  }

  @Test
  void tooOldSamplesAre400() {
    storage.minValidTimeMillis(1000);
    WriteResult result = handler.write(V1, "snappy", null, v1Body(series("m"), new long[] {5}, new double[] {1}));
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).startsWith("out of bounds");
  }

  @Test
  void storageFailureIs500AndRollsBack() {
    storage.failAppendsAfter(1);
    WriteResult result = handler.write(V1, "snappy", null, v1Body(series("m"), new long[] {1, 2}, new double[] {1, 2}));
    assertThat(result.httpStatus()).isEqualTo(500);
    assertThat(result.message()).contains("disk full");
    assertThat(storage.committed()).isEmpty();
    assertThat(storage.rollbacks()).isEqualTo(1);
  }

  @Test
  void commitFailureIs500() {
    storage.failCommits(true);
    WriteResult result = handler.write(V2, "snappy", null,
        new WriteRequestV2TestEncoder().addSeries(series("m"), new long[] {1}, new double[] {1}, 0, 0).toSnappyBody());
    assertThat(result.httpStatus()).isEqualTo(500);
    assertThat(result.responseHeaders()).containsEntry(WriteResult.SAMPLES_WRITTEN_HEADER, "0");
  }

  @Test
  void version2HistogramsAre400AndCountedAsNotWritten() {
    WriteRequestV2TestEncoder encoder = new WriteRequestV2TestEncoder()
        .addSeries(series("latency"), new long[] {}, new double[] {}, 0, 2)
        .addSeries(series("up"), new long[] {1}, new double[] {1}, 0, 0);
    WriteResult result = handler.write(V2, "snappy", null, encoder.toSnappyBody());
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("native histograms are not supported", "{__name__=\"latency\"}");
    assertThat(result.responseHeaders()).containsEntry(WriteResult.SAMPLES_WRITTEN_HEADER, "1")
        .containsEntry(WriteResult.HISTOGRAMS_WRITTEN_HEADER, "0");
  }

  @Test
  void version2ReferenceOutsideTheSymbolTableRefusesTheWholeRequest() {
    WriteRequestV2TestEncoder encoder = new WriteRequestV2TestEncoder()
        .addSeries(series("ok"), new long[] {1}, new double[] {1}, 0, 0);
    int name = encoder.symbol("__name__");
    encoder.addSeriesWithRefs(new int[] {name, 999}, new long[] {1}, new double[] {1}, 0, 0);
    WriteResult result = handler.write(V2, "snappy", null, encoder.toSnappyBody());
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("label reference 999 is outside the symbol table");
    assertThat(storage.committed()).isEmpty();
  }

  @Test
  void version2OddLabelReferenceCountIs400() {
    WriteRequestV2TestEncoder encoder = new WriteRequestV2TestEncoder();
    encoder.addSeriesWithRefs(new int[] {encoder.symbol("__name__")}, new long[] {1}, new double[] {1}, 0, 0);
    WriteResult result = handler.write(V2, "snappy", null, encoder.toSnappyBody());
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.message()).contains("even number of label references");
  }

  /** A 1.0 series with one sample, labels in the order given (possibly unsorted or repeated). */
  private static void writeSeries(ProtoWriter writer, long timestamp, double value, String... pairs) {
    int series = writer.beginMessage(1);
    for (int i = 0; i < pairs.length; i += 2) {
      int label = writer.beginMessage(1);
      writer.writeStringField(1, pairs[i]);
      writer.writeStringField(2, pairs[i + 1]);
      writer.endMessage(label);
    }
    int sample = writer.beginMessage(2);
    writer.writeDoubleField(1, value);
    writer.writeVarintField(2, timestamp);
    writer.endMessage(sample);
    writer.endMessage(series);
  }
}
