package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops what the head no longer keeps: chunks that end before the new lower bound (handed to a
 * {@link ChunkSink} first), then series left without samples and without an appender about to add
 * one, from the series map, the index and the symbol table. Appends older than the bound are refused
 * from then on. Runs concurrently with appends and queries: each series is handled under its own
 * monitor, and queriers keep the chunk arrays they already snapshotted.
 */
public final class HeadTruncator {

  private static final System.Logger LOG = System.getLogger(HeadTruncator.class.getName());

  private final Head head;

  HeadTruncator(Head head) {
    this.head = head;
  }

  /** What a truncation removed. */
  public record Result(long minTimeMillis, int seriesRemoved, long chunksRemoved) {}

  Result truncate(long minTimeMillis, ChunkSink sink) {
    head.raiseMinValidTime(minTimeMillis);
    List<MemSeries> emptied = new ArrayList<>();
    long[] chunksRemoved = {0};
    head.forEachSeries(
        s -> {
          synchronized (s) {
            chunksRemoved[0] += s.truncateBefore(minTimeMillis, sink);
            if (s.isEmptyAndIdle()) {
              s.removed = true;
              emptied.add(s);
            }
          }
        });
    int[] ids = new int[emptied.size()];
    List<Labels> labels = new ArrayList<>(emptied.size());
    for (int i = 0; i < ids.length; i++) {
      MemSeries s = emptied.get(i);
      head.series.remove(s);
      ids[i] = s.id;
      labels.add(s.labels);
    }
    head.postings.removeAll(ids, labels);
    head.dropDeadAliases();
    if (!emptied.isEmpty()) {
      head.symbols.rebuild(head.liveLabels());
    }
    head.recomputeMinTime();
    head.metrics.chunksRemoved.add(chunksRemoved[0]);
    head.metrics.seriesRemoved.add(emptied.size());
    head.metrics.truncations.increment();
    if (chunksRemoved[0] > 0 || !emptied.isEmpty()) {
      LOG.log(
          Level.INFO,
          "head truncated before {0}: {1} chunks handed to the chunk sink, {2} series removed",
          minTimeMillis,
          chunksRemoved[0],
          emptied.size());
    }
    return new Result(minTimeMillis, emptied.size(), chunksRemoved[0]);
  }
}
