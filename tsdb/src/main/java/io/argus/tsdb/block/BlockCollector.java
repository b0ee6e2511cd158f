package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.head.ChunkSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chunk sink of one head truncation: groups the chunks it receives by the block range they fall
 * in (head chunks never cross a range boundary) and then writes one block per range. Not
 * thread-safe; the truncation calls it from one thread.
 */
public final class BlockCollector implements ChunkSink {

  private final long blockRangeMillis;
  /** range start -> series -> chunks in time order. */
  private final TreeMap<Long, TreeMap<Labels, List<XorChunk>>> ranges = new TreeMap<>();

  public BlockCollector(long blockRangeMillis) {
    this.blockRangeMillis = blockRangeMillis;
  }

  @Override
  public void accept(Labels labels, XorChunk chunk) {
    long start = Math.floorDiv(chunk.minTimeMillis(), blockRangeMillis) * blockRangeMillis;
    ranges.computeIfAbsent(start, k -> new TreeMap<>()).computeIfAbsent(labels, k -> new ArrayList<>()).add(chunk);
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /**
   * Writes one level-1 block per collected range under {@code parent}, oldest first. A block ends
   * at its range's end or at {@code boundMillis}, the truncation bound, whichever is first, so that
   * a block's maxTime never claims time the head still holds.
   */
  public List<BlockMeta> writeBlocks(Path parent, long boundMillis) throws IOException {
    List<BlockMeta> written = new ArrayList<>();
    for (Map.Entry<Long, TreeMap<Labels, List<XorChunk>>> range : ranges.entrySet()) {
      long start = range.getKey();
      written.add(BlockWriter.write(parent, range.getValue(), start, Math.min(start + blockRangeMillis, boundMillis), 1, List.of()));
    }
    return written;
  }
}
