package io.argus.tsdb.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random series written to a block read back identical, through the index and the chunk files. */
class BlockRoundTripProperties {

  @Property(tries = 40)
  void randomSeriesReadBackIdentical(
      @ForAll @IntRange(min = 1, max = 60) int seriesCount,
      @ForAll @IntRange(min = 1, max = 400) int samplesPerSeries,
      @ForAll long seed)
      throws Exception {
    Random random = new Random(seed);
    TreeMap<Labels, List<XorChunk>> input = new TreeMap<>();
    Map<Labels, List<String>> expected = new TreeMap<>();
    for (int s = 0; s < seriesCount; s++) {
      Labels labels = Labels.of(
          "__name__", "metric_" + random.nextInt(5),
          "instance", "host-" + random.nextInt(20),
          "job", random.nextBoolean() ? "api" : "ünïcode",
          "series", Integer.toString(s));
      List<XorChunk> chunks = new ArrayList<>();
      List<String> samples = new ArrayList<>();
      long t = random.nextInt(1_000_000) - 500_000;
      XorEncoder encoder = new XorEncoder();
      for (int i = 0; i < samplesPerSeries; i++) {
        t += 1 + random.nextInt(30_000);
        double v = switch (random.nextInt(5)) {
          case 0 -> Double.NaN;
          case 1 -> random.nextInt(100);
          case 2 -> random.nextGaussian() * 1e9;
          default -> i;
        };
        encoder.append(t, v);
        samples.add(t + "=" + Long.toHexString(Double.doubleToRawLongBits(v)));
        if (encoder.sampleCount() == 120) {
          chunks.add(encoder.toChunk());
          encoder = new XorEncoder();
        }
      }
      if (encoder.sampleCount() > 0) {
        chunks.add(encoder.toChunk());
      }
      input.put(labels, chunks);
      expected.put(labels, samples);
    }
    Path parent = Files.createTempDirectory("block-round-trip");
    try {
      BlockMeta meta = BlockWriter.write(parent, input, -1_000_000, 20_000_000, 1, List.of());
      assertThat(meta.seriesCount()).isEqualTo(seriesCount);
      Block block = Block.open(parent.resolve(meta.id()));
      assertThat(block.meta()).isEqualTo(meta);
      try (Querier querier = block.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
        assertThat(dump(querier, Matcher.regex("__name__", ".+"))).isEqualTo(expected);
        String job = input.firstKey().get("job");
        Map<Labels, List<String>> expectedJob = new LinkedHashMap<>();
        expected.forEach((labels, samples) -> {
          if (labels.get("job").equals(job)) {
            expectedJob.put(labels, samples);
          }
        });
        assertThat(dump(querier, Matcher.equal("job", job))).isEqualTo(expectedJob);
        assertThat(querier.labelNames()).containsExactly("__name__", "instance", "job", "series");
        assertThat(querier.labelValues("series")).hasSize(seriesCount).isSorted();
      }
      block.close();
      assertThat(block.isMapped()).isFalse();
    } finally {
      try (Stream<Path> files = Files.walk(parent)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static Map<Labels, List<String>> dump(Querier querier, Matcher matcher) {
    Map<Labels, List<String>> result = new LinkedHashMap<>();
    SeriesSet set = querier.select(true, null, matcher);
    SampleIterator reuse = null;
    while (set.next()) {
      List<String> samples = new ArrayList<>();
      reuse = set.at().iterator(reuse);
      while (reuse.next()) {
        samples.add(reuse.timestampMillis() + "=" + Long.toHexString(Double.doubleToRawLongBits(reuse.value())));
      }
      result.put(set.at().labels(), samples);
    }
    assertThat(set.error()).isNull();
    return result;
  }
}
