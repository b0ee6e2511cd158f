package io.argus.ingest.remoteread;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.SelectHints;
import io.argus.ingest.fake.InMemorySeriesStorage;
import io.argus.ingest.protobuf.SnappyBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RemoteReadHandlerTest {

  private final InMemorySeriesStorage storage = new InMemorySeriesStorage()
      .add(Labels.of("__name__", "up", "job", "api"), new long[] {1000, 2000, 3000}, new double[] {1, 0, 1})
      .add(Labels.of("__name__", "up", "job", "db"), new long[] {1000, 2000}, new double[] {1, 1})
      .add(Labels.of("__name__", "load", "job", "api", "region", "own"), new long[] {1500}, new double[] {0.5});

  private static byte[] request(List<ResponseType> accepted, ReadQuery... queries) {
    return ReadRequestEncoder.encode(new ReadRequest(List.of(queries), accepted));
  }

  private static ReadQuery query(long start, long end, Matcher... matchers) {
    return new ReadQuery(start, end, List.of(matchers), null);
  }

  private static String text(ReadResult result) {
    return new String(result.body(), StandardCharsets.UTF_8);
  }

  @Test
  void answersEachQueryWithItsSamplesInRange() {
    RemoteReadHandler handler = new RemoteReadHandler(storage, RemoteReadConfig.defaults(), Labels.empty());

    ReadResult result = handler.read(request(List.of(),
        query(1500, 3000, Matcher.equal("__name__", "up"), Matcher.equal("job", "api")),
        query(0, 5000, Matcher.regex("job", "a.*|d.*"), Matcher.notEqual("__name__", "up"))));

    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(result.responseHeaders()).containsEntry("Content-Encoding", "snappy");
    List<List<RemoteSeries>> decoded = ReadResponseDecoder.decode(result.body(), 1 << 20);
    assertThat(decoded).hasSize(2);
    assertThat(decoded.get(0)).singleElement().satisfies(series -> {
      assertThat(series.labels()).isEqualTo(Labels.of("__name__", "up", "job", "api"));
      assertThat(series.timestampsMillis()).containsExactly(2000, 3000);
      assertThat(series.values()).containsExactly(0, 1);
    });
    assertThat(decoded.get(1)).extracting(RemoteSeries::labels)
        .containsExactly(Labels.of("__name__", "load", "job", "api", "region", "own"));
  }

  @Test
  void externalLabelsAreAddedAndMatchersOnThemSeeStoredSeries() {
    Labels external = Labels.of("region", "eu", "replica", "a");
    RemoteReadHandler handler = new RemoteReadHandler(storage, RemoteReadConfig.defaults(), external);

    ReadResult result = handler.read(request(List.of(ResponseType.SAMPLES),
        query(0, 5000, Matcher.equal("job", "api"), Matcher.equal("replica", "a"))));

    List<RemoteSeries> series = ReadResponseDecoder.decode(result.body(), 1 << 20).getFirst();
    assertThat(series).extracting(RemoteSeries::labels).containsExactly(
        Labels.of("__name__", "up", "job", "api", "region", "eu", "replica", "a"),
        Labels.of("__name__", "load", "job", "api", "region", "own", "replica", "a"));
  }

  @Test
  void queryOverTheSampleLimitIs400WithPrometheusWording() {
    RemoteReadHandler handler = new RemoteReadHandler(storage, new RemoteReadConfig(4, 1, 1 << 20), Labels.empty());
    ReadResult result = handler.read(request(List.of(), query(0, 5000, Matcher.equal("__name__", "up"))));
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(text(result)).isEqualTo("exceeded sample limit (4)\n");
    ReadResult withinLimit = handler.read(request(List.of(), query(0, 1000, Matcher.equal("__name__", "up"))));
    assertThat(withinLimit.httpStatus()).isEqualTo(200);
  }

  @Test
  void responseTypesAreNegotiatedInTheReadersOrder() {
    RemoteReadHandler handler = new RemoteReadHandler(storage, RemoteReadConfig.defaults(), Labels.empty());
    ReadQuery query = query(0, 5000, Matcher.equal("job", "db"));
    assertThat(handler.read(request(List.of(ResponseType.STREAMED_XOR_CHUNKS, ResponseType.SAMPLES), query)).httpStatus())
        .isEqualTo(200);
    ReadResult onlyStreamed = handler.read(request(List.of(ResponseType.STREAMED_XOR_CHUNKS), query));
    assertThat(onlyStreamed.httpStatus()).isEqualTo(400);
    assertThat(text(onlyStreamed)).contains("does not support any of the requested response types: [STREAMED_XOR_CHUNKS]");
  }

  @Test
  void hintsReachTheStorage() {
    RemoteReadHandler handler = new RemoteReadHandler(storage, RemoteReadConfig.defaults(), Labels.empty());
    SelectHints hints = new SelectHints(100, 900, 15, "rate", 300, List.of("job"), true);
    handler.read(request(List.of(), new ReadQuery(0, 5000, List.of(Matcher.equal("job", "db")), hints)));
    assertThat(storage.lastHints()).isEqualTo(hints);
  }

  @Test
  void malformedBodiesAre400AndStorageFailuresAre500() {
    RemoteReadHandler handler = new RemoteReadHandler(storage, RemoteReadConfig.defaults(), Labels.empty());
    assertThat(handler.read(new byte[] {1, 2, 3}).httpStatus()).isEqualTo(400);
    assertThat(handler.read(SnappyBlock.compress(new byte[] {(byte) 0x0a, 0x10})).httpStatus()).isEqualTo(400);
    storage.fail(new IllegalStateException("block file missing"));
    ReadResult failed = handler.read(request(List.of(), query(0, 1, Matcher.equal("job", "db"))));
    assertThat(failed.httpStatus()).isEqualTo(500);
    assertThat(text(failed)).contains("block file missing");
  }

  @Test
  void concurrencyLimitMakesLaterRequestsWait() throws Exception {
    RemoteReadHandler handler = new RemoteReadHandler(storage, new RemoteReadConfig(0, 1, 1 << 20), Labels.empty());
    CountDownLatch release = new CountDownLatch(1);
    storage.holdSelectsAt(release);
    byte[] body = request(List.of(), query(0, 5000, Matcher.equal("job", "db")));
    ReadResult[] results = new ReadResult[2];
    Thread first = Thread.ofVirtual().start(() -> results[0] = handler.read(body));
    while (storage.selects() < 1) {
      Thread.onSpinWait();
    }
    Thread second = Thread.ofPlatform().start(() -> results[1] = handler.read(body));
    while (second.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    assertThat(storage.selects()).isEqualTo(1);
    release.countDown();
    first.join();
    second.join();
    assertThat(storage.selects()).isEqualTo(2);
    assertThat(results[0].httpStatus()).isEqualTo(200);
    assertThat(results[1].httpStatus()).isEqualTo(200);
  }
}
