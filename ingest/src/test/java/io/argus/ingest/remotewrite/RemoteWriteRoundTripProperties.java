package io.argus.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.fake.RecordingStorage.Sample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random requests, encoded in both protocols, arrive in storage exactly as sent. */
class RemoteWriteRoundTripProperties {

  record SeriesData(Labels labels, long[] timestamps, double[] values) {}

  @Property(tries = 150)
  void version1RoundTrips(@ForAll("requests") List<SeriesData> request) {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder(16);
    for (SeriesData series : request) {
      encoder.addSeries(series.labels(), series.timestamps(), series.values(), 0, series.timestamps().length);
    }
    RecordingStorage storage = new RecordingStorage();
    WriteResult result = new RemoteWriteHandler(storage).write(null, "snappy", null, encoder.toSnappyBody());
    assertThat(result.httpStatus()).as(result.message()).isEqualTo(204);
    assertStored(storage, request, result);
  }

  @Property(tries = 100)
  void version1RoundTripsAgainThroughTheSeriesCache(@ForAll("requests") List<SeriesData> request) {
    RecordingStorage storage = new RecordingStorage();
    RemoteWriteHandler handler = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSeriesCacheSize(1000));
    List<SeriesData> both = new ArrayList<>(request);
    for (long shift : new long[] {0, 1_000_000}) {
      WriteRequestV1Encoder encoder = new WriteRequestV1Encoder(16);
      for (SeriesData series : request) {
        long[] shifted = series.timestamps().clone();
        for (int i = 0; i < shifted.length; i++) {
          shifted[i] += shift;
        }
        encoder.addSeries(series.labels(), shifted, series.values(), 0, shifted.length);
        if (shift != 0) {
          both.add(new SeriesData(series.labels(), shifted, series.values()));
        }
      }
      WriteResult result = handler.write(null, "snappy", null, encoder.toSnappyBody());
      assertThat(result.httpStatus()).as(result.message()).isEqualTo(204);
    }
    List<Sample> expected = new ArrayList<>();
    for (SeriesData series : both) {
      for (int i = 0; i < series.timestamps().length; i++) {
        expected.add(new Sample(series.labels(), series.timestamps()[i], series.values()[i]));
      }
    }
    assertThat(storage.committed()).extracting(Sample::labels).containsExactlyElementsOf(expected.stream().map(Sample::labels).toList());
    assertThat(storage.committed()).extracting(Sample::timestampMillis)
        .containsExactlyElementsOf(expected.stream().map(Sample::timestampMillis).toList());
  }

  @Property(tries = 150)
  void version2RoundTrips(@ForAll("requests") List<SeriesData> request) {
    WriteRequestV2TestEncoder encoder = new WriteRequestV2TestEncoder();
    for (SeriesData series : request) {
      encoder.addSeries(series.labels(), series.timestamps(), series.values(), 1, 0);
    }
    RecordingStorage storage = new RecordingStorage();
    WriteResult result = new RemoteWriteHandler(storage).write(
        RemoteWriteProtocol.V2.contentType(), "snappy", "2.0.0", encoder.toSnappyBody());
    assertThat(result.httpStatus()).as(result.message()).isEqualTo(204);
    assertThat(result.responseHeaders().get(WriteResult.SAMPLES_WRITTEN_HEADER)).isEqualTo(Long.toString(result.samplesWritten()));
    assertStored(storage, request, result);
  }

  private static void assertStored(RecordingStorage storage, List<SeriesData> request, WriteResult result) {
    List<Sample> expected = new ArrayList<>();
    for (SeriesData series : request) {
      for (int i = 0; i < series.timestamps().length; i++) {
        expected.add(new Sample(series.labels(), series.timestamps()[i], series.values()[i]));
      }
    }
    List<Sample> actual = storage.committed();
    assertThat(actual).hasSize(expected.size());
    assertThat(result.samplesWritten()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).labels()).isEqualTo(expected.get(i).labels());
      assertThat(actual.get(i).timestampMillis()).isEqualTo(expected.get(i).timestampMillis());
      assertThat(Double.doubleToRawLongBits(actual.get(i).value()))
          .isEqualTo(Double.doubleToRawLongBits(expected.get(i).value()));
    }
  }

  @Provide
  Arbitrary<List<SeriesData>> requests() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> values = Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
        .filter(s -> s.codePoints().allMatch(Character::isDefined) && isWellFormed(s));
    Arbitrary<Labels> labels = Combinators.combine(
            names, names.list().ofMaxSize(8), values.list().ofSize(9))
        .as((metric, labelNames, labelValues) -> {
          LabelsBuilder builder = new LabelsBuilder().set(Labels.METRIC_NAME, metric);
          Set<String> distinct = new LinkedHashSet<>(labelNames);
          int i = 0;
          for (String name : distinct) {
            builder.set("l_" + name, labelValues.get(i++));
          }
          return builder.build();
        });
    Arbitrary<double[]> sampleValues = Arbitraries.doubles().withSpecialValue(Double.NaN)
        .withSpecialValue(Double.longBitsToDouble(0x7ff0000000000002L)).withSpecialValue(Double.POSITIVE_INFINITY)
        .array(double[].class).ofMaxSize(5);
    Arbitrary<long[]> starts = Arbitraries.longs().between(-1_000_000_000_000L, 4_000_000_000_000L).array(long[].class).ofSize(1);
    Arbitrary<SeriesData> series = Combinators.combine(labels, sampleValues, starts).as((l, v, start) -> {
      long[] timestamps = new long[v.length];
      for (int i = 0; i < v.length; i++) {
        timestamps[i] = start[0] + 15_000L * i;
      }
      return new SeriesData(l, timestamps, v);
    });
    return series.list().ofMaxSize(20).uniqueElements(SeriesData::labels);
  }

  private static boolean isWellFormed(String s) {
    return java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }
}
