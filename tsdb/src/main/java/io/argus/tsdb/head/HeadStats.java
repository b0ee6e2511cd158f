package io.argus.tsdb.head;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cardinality statistics of the head, shaped after Prometheus' {@code /api/v1/status/tsdb}: each
 * list holds the top {@code limit} entries, largest first.
 *
 * @param seriesCount series in the head
 * @param chunkCount chunks in the head, the ones being appended to included
 * @param labelPairCount distinct label pairs
 * @param minTimeMillis oldest sample, {@link Long#MAX_VALUE} when empty
 * @param maxTimeMillis newest sample, {@link Long#MIN_VALUE} when empty
 * @param seriesCountByMetricName series per metric name
 * @param labelValueCountByLabelName distinct values per label name
 * @param memoryInBytesByLabelName value bytes per label name summed over series (Prometheus' measure)
 * @param seriesCountByLabelValuePair series per {@code name=value} pair
 * @param labelsMemoryBytes heap held by label sets and the distinct strings they share
 * @param chunksMemoryBytes heap held by chunk data
 * @param indexMemoryBytes heap held by postings lists and the series map
 */
public record HeadStats(
    long seriesCount,
    long chunkCount,
    long labelPairCount,
    long minTimeMillis,
    long maxTimeMillis,
    List<Entry> seriesCountByMetricName,
    List<Entry> labelValueCountByLabelName,
    List<Entry> memoryInBytesByLabelName,
    List<Entry> seriesCountByLabelValuePair,
    long labelsMemoryBytes,
    long chunksMemoryBytes,
    long indexMemoryBytes) {

  public HeadStats {
    seriesCountByMetricName = List.copyOf(seriesCountByMetricName);
    labelValueCountByLabelName = List.copyOf(labelValueCountByLabelName);
    memoryInBytesByLabelName = List.copyOf(memoryInBytesByLabelName);
    seriesCountByLabelValuePair = List.copyOf(seriesCountByLabelValuePair);
  }

  /** One statistic: a name and its count. */
  public record Entry(String name, long value) {}

  static HeadStats of(Head head, int limit) {
    Map<String, Long> byMetricName = new HashMap<>();
    Map<String, Long> valuesByName = new HashMap<>();
    Map<String, Long> bytesByName = new HashMap<>();
    Map<String, Long> byPair = new HashMap<>();
    long[] pairs = {0};
    head.postings.forEachPair(
        (name, value, seriesCount) -> {
          pairs[0]++;
          if (name.equals(io.argus.core.label.Labels.METRIC_NAME)) {
            byMetricName.put(value, (long) seriesCount);
          }
          valuesByName.merge(name, 1L, Long::sum);
          bytesByName.merge(name, (long) value.length() * seriesCount, Long::sum);
          byPair.put(name + "=" + value, (long) seriesCount);
        });
    long[] chunkCount = {0};
    long[] chunkBytes = {0};
    long[] labelArrays = {0};
    head.forEachSeries(
        s -> {
          synchronized (s) {
            chunkCount[0] += s.chunkCount();
            chunkBytes[0] += s.chunkBytes();
          }
          labelArrays[0] += 40 + 16 + 8L * s.labels.size(); // the Labels, its array of references
        });
    return new HeadStats(
        head.seriesCount(),
        chunkCount[0],
        pairs[0],
        head.minTimeMillis(),
        head.maxTimeMillis(),
        top(byMetricName, limit),
        top(valuesByName, limit),
        top(bytesByName, limit),
        top(byPair, limit),
        labelArrays[0] + head.symbols.stringBytes(),
        chunkBytes[0],
        head.postings.postingsSizeBytes() + head.series.sizeBytes());
  }

  private static List<Entry> top(Map<String, Long> counts, int limit) {
    List<Entry> entries = new ArrayList<>(counts.size());
    counts.forEach((name, value) -> entries.add(new Entry(name, value)));
    entries.sort(Comparator.comparingLong(Entry::value).reversed().thenComparing(Entry::name));
    return entries.size() > limit ? entries.subList(0, limit) : entries;
  }
}
