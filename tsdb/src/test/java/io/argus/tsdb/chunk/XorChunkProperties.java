package io.argus.tsdb.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.storage.StaleMarker;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class XorChunkProperties {

  @Property(tries = 300)
  void roundTripsEveryTimestampAndValueBitExact(@ForAll("samples") List<long[]> samples) {
    long[] timestamps = samples.get(0);
    long[] valueBits = samples.get(1);
    XorEncoder encoder = new XorEncoder();
    for (int i = 0; i < timestamps.length; i++) {
      encoder.append(timestamps[i], Double.longBitsToDouble(valueBits[i]));
    }
    XorChunk chunk = encoder.toChunk();
    assertThat(chunk.sampleCount()).isEqualTo(timestamps.length);
    assertThat(XorChunk.wrap(chunk.bytes(), 0, 0).sampleCount()).isEqualTo(timestamps.length);

    XorIterator iterator = chunk.iterator(null);
    for (int i = 0; i < timestamps.length; i++) {
      assertThat(iterator.next()).as("sample %d of %d", i, timestamps.length).isTrue();
      assertThat(iterator.timestampMillis()).as("timestamp %d", i).isEqualTo(timestamps[i]);
      assertThat(Double.doubleToRawLongBits(iterator.value()))
          .as("value bits %d", i)
          .isEqualTo(valueBits[i]);
    }
    assertThat(iterator.next()).isFalse();
  }

  @Property(tries = 200)
  void decodingAPrefixOfALiveEncoderSeesExactlyThatPrefix(
      @ForAll("samples") List<long[]> samples, @ForAll @IntRange(min = 0, max = 100) int percent) {
    long[] timestamps = samples.get(0);
    long[] valueBits = samples.get(1);
    int prefix = timestamps.length * percent / 100;
    XorEncoder encoder = new XorEncoder();
    for (int i = 0; i < prefix; i++) {
      encoder.append(timestamps[i], Double.longBitsToDouble(valueBits[i]));
    }
    byte[] seen = encoder.bytes();
    int seenCount = encoder.sampleCount();
    for (int i = prefix; i < timestamps.length; i++) {
      encoder.append(timestamps[i], Double.longBitsToDouble(valueBits[i]));
    }
    // The reader holds the array it saw (possibly since replaced by a grown copy) and its count.
    XorIterator iterator = new XorIterator();
    iterator.reset(seen, seenCount);
    int read = 0;
    while (iterator.next()) {
      assertThat(iterator.timestampMillis()).isEqualTo(timestamps[read]);
      assertThat(Double.doubleToRawLongBits(iterator.value())).isEqualTo(valueBits[read]);
      read++;
    }
    assertThat(read).isEqualTo(prefix);
  }

  @Property(tries = 200)
  void seekLandsOnTheFirstSampleAtOrAfterTheTarget(
      @ForAll("increasingSamples") long[] timestamps, @ForAll long offset) {
    XorEncoder encoder = new XorEncoder();
    for (long t : timestamps) {
      encoder.append(t, t * 0.5);
    }
    long target = timestamps[0] + Math.floorMod(offset, 2 * (timestamps[timestamps.length - 1] - timestamps[0] + 1));
    XorIterator iterator = encoder.toChunk().iterator(null);
    boolean found = iterator.seek(target);
    int expected = -1;
    for (int i = 0; i < timestamps.length; i++) {
      if (timestamps[i] >= target) {
        expected = i;
        break;
      }
    }
    assertThat(found).isEqualTo(expected >= 0);
    if (found) {
      assertThat(iterator.timestampMillis()).isEqualTo(timestamps[expected]);
      assertThat(iterator.seek(target - 1)).as("seek never moves backwards").isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(timestamps[expected]);
    }
  }

  @Provide
  Arbitrary<List<long[]>> samples() {
    Arbitrary<Integer> sizes =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(10_000)),
            net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 400)));
    return sizes.flatMap(
        size -> Combinators.combine(timestamps(size), values(size)).as(List::of));
  }

  @Provide
  Arbitrary<long[]> increasingSamples() {
    return Arbitraries.longs()
        .between(1, 100_000)
        .array(long[].class)
        .ofMinSize(1)
        .ofMaxSize(300)
        .map(
            deltas -> {
              long[] timestamps = new long[deltas.length];
              long t = 1_700_000_000_000L;
              for (int i = 0; i < deltas.length; i++) {
                t += deltas[i];
                timestamps[i] = t;
              }
              return timestamps;
            });
  }

  /** Timestamps from a mix of steps: regular, jittered, huge and negative jumps, extremes. */
  private static Arbitrary<long[]> timestamps(int size) {
    Arbitrary<Long> steps =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Arbitraries.just(15_000L)),
            net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(14_000, 16_000)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-5_000_000, 5_000_000)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs()),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE)));
    Arbitrary<Long> starts =
        Arbitraries.oneOf(
            Arbitraries.longs(), Arbitraries.of(0L, Long.MIN_VALUE, Long.MAX_VALUE, 1_700_000_000_000L));
    return Combinators.combine(starts, steps.array(long[].class).ofSize(size))
        .as(
            (start, deltas) -> {
              long[] timestamps = new long[size];
              long t = start;
              for (int i = 0; i < size; i++) {
                timestamps[i] = t;
                t += deltas[i];
              }
              return timestamps;
            });
  }

  /** Value bits from specials (NaNs, staleness, infinities, signed zeros), repeats and randoms. */
  private static Arbitrary<long[]> values(int size) {
    Arbitrary<Long> specials =
        Arbitraries.of(
                Double.NaN,
                StaleMarker.STALE_NAN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                -0.0,
                0.0,
                1.0,
                Double.MIN_VALUE,
                Double.MAX_VALUE)
            .map(Double::doubleToRawLongBits);
    Arbitrary<Long> counters = Arbitraries.integers().between(0, 1000).map(i -> Double.doubleToRawLongBits(i));
    Arbitrary<Long> anyBits = Arbitraries.longs();
    Arbitrary<Long> gauges = Arbitraries.doubles().map(Double::doubleToRawLongBits);
    Arbitrary<Long> element =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, specials),
            net.jqwik.api.Tuple.of(3, counters),
            net.jqwik.api.Tuple.of(2, anyBits),
            net.jqwik.api.Tuple.of(2, gauges));
    Arbitrary<Boolean> repeat = Arbitraries.integers().between(0, 2).map(i -> i == 0);
    return Combinators.combine(element.array(long[].class).ofSize(size), repeat.list().ofSize(size))
        .as(
            (bits, repeats) -> {
              for (int i = 1; i < size; i++) {
                if (repeats.get(i)) {
                  bits[i] = bits[i - 1];
                }
              }
              return bits;
            });
  }
}
