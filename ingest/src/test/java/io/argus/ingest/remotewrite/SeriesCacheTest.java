package io.argus.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.fake.RecordingStorage.Sample;
import io.argus.ingest.protobuf.ProtoReader;
import io.argus.ingest.protobuf.ProtoWriter;
import io.argus.ingest.protobuf.SnappyBlock;
import org.junit.jupiter.api.Test;

class SeriesCacheTest {

  private static final Labels SERIES = Labels.of("__name__", "up", "instance", "a:1", "job", "node");

  private static byte[] body(Labels labels, long timestamp) {
    WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();
    encoder.addSample(labels, timestamp, 1);
    return encoder.toSnappyBody();
  }

  @Test
  void repeatedSeriesReuseTheCachedLabels() {
    RecordingStorage storage = new RecordingStorage();
    RemoteWriteHandler handler = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSeriesCacheSize(1000));
    handler.write(null, null, null, body(SERIES, 1));
    handler.write(null, null, null, body(SERIES, 2));
    assertThat(storage.committed()).hasSize(2);
    assertThat(storage.committed().get(1).labels()).isSameAs(storage.committed().get(0).labels());
  }

  @Test
  void withoutTheCacheEachRequestBuildsItsOwnLabels() {
    RecordingStorage storage = new RecordingStorage();
    RemoteWriteHandler handler = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSeriesCacheSize(0));
    handler.write(null, null, null, body(SERIES, 1));
    handler.write(null, null, null, body(SERIES, 2));
    assertThat(storage.committed().get(1).labels()).isEqualTo(SERIES).isNotSameAs(storage.committed().get(0).labels());
  }

  @Test
  void aHashCollisionIsAMissNotAWrongSeries() {
    byte[] protobuf = SnappyBlock.decompress(body(SERIES, 1), 1 << 20);
    SeriesCache cache = new SeriesCache(10);
    // The label fields run from the start of the series to the first sample field.
    ProtoReader probe = new ProtoReader(protobuf);
    probe.readTag();
    probe.readLength();
    int seriesStart = probe.position();
    int labelsEnd = seriesStart;
    while (probe.readTag() == 0x0a) {
      probe.skip(2);
      labelsEnd = probe.position();
    }
    Labels impostor = Labels.of("__name__", "up", "instance", "b:2", "job", "node");
    cache.put(SeriesCache.hash(protobuf, seriesStart, labelsEnd), new SeriesCache.Entry(impostor));

    RecordingStorage storage = new RecordingStorage();
    MutableWriteBatch batch = new MutableWriteBatch(storage.appender(), RemoteWriteReceiverConfig.defaults());
    WriteRequestV1Decoder.decode(new ProtoReader(protobuf), batch, cache);

    assertThat(batch.samplesWritten()).isEqualTo(1);
    assertThat(cache.get(SeriesCache.hash(protobuf, seriesStart, labelsEnd)).labels).isEqualTo(SERIES);
  }

  @Test
  void unsortedLabelsAreNotCachedButStoredSorted() {
    ProtoWriter writer = new ProtoWriter();
    int series = writer.beginMessage(1);
    for (String[] pair : new String[][] {{"job", "x"}, {"__name__", "m"}}) {
      int label = writer.beginMessage(1);
      writer.writeStringField(1, pair[0]);
      writer.writeStringField(2, pair[1]);
      writer.endMessage(label);
    }
    int sample = writer.beginMessage(2);
    writer.writeDoubleField(1, 1);
    writer.writeVarintField(2, 5);
    writer.endMessage(sample);
    writer.endMessage(series);
    SeriesCache cache = new SeriesCache(10);
    RecordingStorage storage = new RecordingStorage();
    MutableWriteBatch batch = new MutableWriteBatch(storage.appender(), RemoteWriteReceiverConfig.defaults());
    WriteRequestV1Decoder.decode(new ProtoReader(writer.toByteArray()), batch, cache);
    assertThat(cache.size()).isZero();
    assertThat(batch.samplesWritten()).isEqualTo(1);
  }

  @Test
  void spellsComparesUtf8WithStrings() {
    byte[] ascii = "job".getBytes();
    byte[] unicode = "zürich".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(SeriesCache.spells(ascii, 0, 3, "job")).isTrue();
    assertThat(SeriesCache.spells(ascii, 0, 3, "jab")).isFalse();
    assertThat(SeriesCache.spells(unicode, 0, unicode.length, "zürich")).isTrue();
    assertThat(SeriesCache.spells(unicode, 0, unicode.length, "zurich")).isFalse();
  }

  @Test
  void aFullCacheStartsOver() {
    SeriesCache cache = new SeriesCache(2);
    cache.put(1, new SeriesCache.Entry(SERIES));
    cache.put(2, new SeriesCache.Entry(SERIES));
    cache.put(3, new SeriesCache.Entry(SERIES));
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(3)).isNotNull();
  }

  @Test
  void storedSamplesKeepTheirValues() {
    RecordingStorage storage = new RecordingStorage();
    RemoteWriteHandler handler = new RemoteWriteHandler(storage, RemoteWriteReceiverConfig.defaults().withSeriesCacheSize(1000));
    for (int t = 1; t <= 3; t++) {
      handler.write(null, null, null, body(SERIES, t));
    }
    assertThat(storage.committed()).extracting(Sample::timestampMillis).containsExactly(1L, 2L, 3L);
  }
}
