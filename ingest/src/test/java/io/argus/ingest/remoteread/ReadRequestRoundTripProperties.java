package io.argus.ingest.remoteread;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import io.argus.core.storage.SelectHints;
import io.argus.ingest.protobuf.SnappyBlock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReadRequestRoundTripProperties {

  @Property(tries = 300)
  void requestsRoundTrip(@ForAll("queries") List<ReadQuery> queries, @ForAll boolean streamedFirst) {
    List<ResponseType> accepted = streamedFirst
        ? List.of(ResponseType.STREAMED_XOR_CHUNKS, ResponseType.SAMPLES)
        : List.of(ResponseType.SAMPLES);
    ReadRequest request = new ReadRequest(queries, accepted);
    ReadRequest decoded = ReadRequestDecoder.decode(SnappyBlock.decompress(ReadRequestEncoder.encode(request), 1 << 24));
    assertThat(decoded).isEqualTo(request);
  }

  @Provide
  Arbitrary<List<ReadQuery>> queries() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<Matcher> matchers = Combinators.combine(
            Arbitraries.of(MatchType.class), names, Arbitraries.strings().alpha().ofMaxLength(8))
        .as(Matcher::of);
    Arbitrary<SelectHints> hints = Combinators.combine(
            Arbitraries.longs(), Arbitraries.longs(), Arbitraries.longs().greaterOrEqual(0),
            Arbitraries.of("rate", "sum_over_time"), names.list().ofMaxSize(3), Arbitraries.of(true, false))
        .as((start, end, step, function, grouping, by) -> new SelectHints(start, end, step, function, step, new ArrayList<>(grouping), by));
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), matchers.list().ofMaxSize(4), hints.injectNull(0.5))
        .as(ReadQuery::new)
        .list().ofMaxSize(4);
  }
}
