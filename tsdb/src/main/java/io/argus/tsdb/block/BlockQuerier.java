package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StorageException;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.index.PostingsForMatchers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads one block over {@code [minTimeMillis, maxTimeMillis]}. Series come in label order whether
 * or not sorting is asked for, because the index stores them in that order. Holds a reference on
 * the block until {@link #close()}.
 */
final class BlockQuerier implements Querier {

  private final Block block;
  private final IndexReader index;
  private final long minTimeMillis;
  private final long maxTimeMillis;
  private boolean closed;

  BlockQuerier(Block block, IndexReader index, long minTimeMillis, long maxTimeMillis) {
    this.block = block;
    this.index = index;
    this.minTimeMillis = minTimeMillis;
    this.maxTimeMillis = maxTimeMillis;
  }

  @Override
  public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
    ensureOpen();
    requireSelectiveMatcher(matchers);
    return new BlockSeriesSet(PostingsForMatchers.select(index, matchers));
  }

  @Override
  public List<String> labelNames(Matcher... matchers) {
    ensureOpen();
    if (matchers.length == 0) {
      List<String> names = index.names();
      names.sort(null);
      return List.copyOf(names);
    }
    TreeSet<String> names = new TreeSet<>();
    BlockSeriesSet set = new BlockSeriesSet(PostingsForMatchers.select(index, matchers));
    while (set.next()) {
      names.addAll(set.at().labels().names());
    }
    return List.copyOf(names);
  }

  @Override
  public List<String> labelValues(String name, Matcher... matchers) {
    ensureOpen();
    if (matchers.length == 0) {
      return index.values(name);
    }
    TreeSet<String> values = new TreeSet<>();
    BlockSeriesSet set = new BlockSeriesSet(PostingsForMatchers.select(index, matchers));
    while (set.next()) {
      String value = set.at().labels().get(name);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      block.release();
    }
  }

  private synchronized void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the querier is closed");
    }
  }

  private static void requireSelectiveMatcher(Matcher[] matchers) {
    for (Matcher matcher : matchers) {
      if (!matcher.matchesEmpty()) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "a selector needs at least one matcher that does not match the empty string, got "
            + Arrays.toString(matchers));
  }

  /** Decodes each selected series as the caller reaches it, skipping those without samples in range. */
  private final class BlockSeriesSet implements SeriesSet {
    private final int[] ordinals;
    private final IndexReader.MutableSeriesEntry entry = new IndexReader.MutableSeriesEntry();
    private final ChunkListIterator probe = new ChunkListIterator();
    private int position = -1;
    private BlockSeries current;
    private StorageException error;

    BlockSeriesSet(int[] ordinals) {
      this.ordinals = ordinals;
    }

    @Override
    public boolean next() {
      if (error != null) {
        return false;
      }
      try {
        while (++position < ordinals.length) {
          index.series(ordinals[position], entry);
          List<XorChunk> chunks = new ArrayList<>(entry.chunkCount);
          for (int c = 0; c < entry.chunkCount; c++) {
            if (entry.maxTimes[c] >= minTimeMillis && entry.minTimes[c] <= maxTimeMillis) {
              chunks.add(block.chunk(entry.references[c], entry.minTimes[c], entry.maxTimes[c]));
            }
          }
          if (chunks.isEmpty()) {
            continue;
          }
          XorChunk[] array = chunks.toArray(new XorChunk[0]);
          probe.reset(array, minTimeMillis, maxTimeMillis);
          if (probe.next()) {
            current = new BlockSeries(entry.labels, array, minTimeMillis, maxTimeMillis);
            return true;
          }
        }
      } catch (CorruptBlockException e) {
        error = e;
      }
      current = null;
      return false;
    }

    @Override
    public Series at() {
      if (current == null) {
        throw new IllegalStateException("no current series: call next() first");
      }
      return current;
    }

    @Override
    public StorageException error() {
      return error;
    }
  }

  private record BlockSeries(Labels labels, XorChunk[] chunks, long minTimeMillis, long maxTimeMillis)
      implements Series {
    @Override
    public SampleIterator iterator(SampleIterator reuse) {
      ChunkListIterator iterator = reuse instanceof ChunkListIterator recycled ? recycled : new ChunkListIterator();
      iterator.reset(chunks, minTimeMillis, maxTimeMillis);
      return iterator;
    }
  }
}
