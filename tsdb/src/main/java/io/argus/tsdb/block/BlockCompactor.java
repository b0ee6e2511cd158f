package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Levelled compaction of adjacent, non-overlapping blocks: ranges grow by three (2 h, 6 h, 18 h, …)
 * up to a tenth of the retention time or 31 days. Chunks are copied as they are, never re-encoded,
 * so compaction costs reading and writing bytes, not decoding samples. Overlapping blocks (vertical
 * compaction) are not merged yet; the querier de-duplicates them at read time.
 */
public final class BlockCompactor {

  private static final long MAX_RANGE_MILLIS = 31L * 24 * 60 * 60 * 1000;

  private final long[] ranges;

  public BlockCompactor(long blockRangeMillis, long retentionTimeMillis) {
    this.ranges = ranges(blockRangeMillis, retentionTimeMillis);
  }

  /** The compaction ranges: the block range, then ×3 each level while within the cap. */
  static long[] ranges(long blockRangeMillis, long retentionTimeMillis) {
    long cap = MAX_RANGE_MILLIS;
    if (retentionTimeMillis > 0) {
      cap = Math.min(cap, retentionTimeMillis / 10);
    }
    List<Long> result = new ArrayList<>();
    result.add(blockRangeMillis);
    for (long range = blockRangeMillis * 3; range <= cap; range *= 3) {
      result.add(range);
    }
    return result.stream().mapToLong(Long::longValue).toArray();
  }

  long[] ranges() {
    return ranges.clone();
  }

  /**
   * The first group of two or more blocks that together fill one window of a larger range, whose
   * window lies wholly before the newest block's end (so no further block can join it), oldest and
   * smallest range first; empty when there is nothing to do. {@code blocks} is ordered by minTime.
   */
  public List<Block> plan(List<Block> blocks) {
    if (blocks.size() < 2) {
      return List.of();
    }
    long newestEnd = Long.MIN_VALUE;
    for (Block block : blocks) {
      newestEnd = Math.max(newestEnd, block.meta().maxTimeMillis());
    }
    for (int level = 1; level < ranges.length; level++) {
      long range = ranges[level];
      List<Block> group = new ArrayList<>();
      long groupStart = Long.MIN_VALUE;
      for (Block block : blocks) {
        BlockMeta meta = block.meta();
        long start = Math.floorDiv(meta.minTimeMillis(), range) * range;
        if (meta.maxTimeMillis() > start + range) {
          continue; // already larger than this range
        }
        if (start != groupStart) {
          if (isCompactable(group, groupStart + range, newestEnd)) {
            return group;
          }
          group = new ArrayList<>();
          groupStart = start;
        }
        group.add(block);
      }
      if (isCompactable(group, groupStart + range, newestEnd)) {
        return group;
      }
    }
    return List.of();
  }

  private static boolean isCompactable(List<Block> group, long windowEnd, long newestEnd) {
    if (group.size() < 2 || windowEnd > newestEnd) {
      return false;
    }
    for (int i = 1; i < group.size(); i++) {
      if (group.get(i).meta().minTimeMillis() < group.get(i - 1).meta().maxTimeMillis()) {
        return false; // overlapping: needs a vertical merge, not done here
      }
    }
    return true;
  }

  /**
   * Writes one block holding every series and chunk of {@code group} (non-overlapping, oldest first)
   * under {@code parent}, one level above the highest of them, and returns its meta. The group's
   * blocks are untouched: the caller swaps them out once the new block is durable.
   */
  public static BlockMeta compact(Path parent, List<Block> group) throws IOException {
    TreeMap<Labels, List<XorChunk>> series = new TreeMap<>();
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    int level = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    List<Block> acquired = new ArrayList<>();
    try {
      for (Block block : group) {
        if (!block.acquire()) {
          throw new IllegalStateException(block + " was closed while being compacted");
        }
        acquired.add(block);
        block.forEachSeries((labels, chunks) -> series.computeIfAbsent(labels, k -> new ArrayList<>()).addAll(chunks));
        sources.addAll(block.meta().sources());
        level = Math.max(level, block.meta().compactionLevel());
        min = Math.min(min, block.meta().minTimeMillis());
        max = Math.max(max, block.meta().maxTimeMillis());
      }
    } finally {
      for (Block block : acquired) {
        block.release();
      }
    }
    return BlockWriter.write(parent, series, min, max, level + 1, List.copyOf(sources));
  }
}
