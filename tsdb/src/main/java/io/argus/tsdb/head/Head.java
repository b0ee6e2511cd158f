package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.InvalidSeriesException;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.tsdb.index.MemPostings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The in-memory head of the TSDB: series, their chunks, the inverted index and the symbol table.
 * Appending ({@link HeadAppender}), reading ({@link HeadQuerier}) and truncation
 * ({@link HeadTruncator}) are separate classes; this one owns the shared state and the rules that
 * tie them together. Thread-safe.
 *
 * <p>Isolation: commits are applied one at a time under {@code applyLock}, each with the next
 * sequence number, published in {@code appliedSequence} only once all of its samples are in. A
 * querier remembers the sequence it started at and each series remembers which commits touched it
 * last, so the querier sees whole commits only.
 */
public final class Head implements Appendable, Queryable {

  final HeadOptions options;
  final HeadMetrics metrics = new HeadMetrics();
  final SeriesMap series = new SeriesMap();
  final MemPostings postings = new MemPostings();
  final SymbolTable symbols = new SymbolTable();
  final ReentrantLock applyLock = new ReentrantLock();
  private final AtomicInteger lastSeriesId = new AtomicInteger();
  private final AtomicLong minTimeMillis = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong maxTimeMillis = new AtomicLong(Long.MIN_VALUE);
  private volatile long appliedSequence;
  private volatile long minValidTimeMillis = Long.MIN_VALUE;
  private volatile HeadLog log = HeadLog.none();

  /**
   * Ids the log used for series that replay found under another id too (the series was removed by
   * truncation and re-created before a checkpoint folded the old records away): replayed samples of
   * either id go to the one series, and checkpoints keep both ids' records.
   */
  private final java.util.concurrent.ConcurrentHashMap<Integer, MemSeries> replayAliases =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Head(HeadOptions options) {
    this.options = options;
  }

  /** Sets where commits are made durable; set once, before the first append. */
  public void setLog(HeadLog log) {
    this.log = log;
  }

  HeadLog log() {
    return log;
  }

  @Override
  public Appender appender() {
    return new HeadAppender(this);
  }

  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    return new HeadQuerier(this, minTimeMillis, maxTimeMillis, appliedSequence);
  }

  public HeadMetrics metrics() {
    return metrics;
  }

  public HeadOptions options() {
    return options;
  }

  /** The oldest sample time in the head, or {@link Long#MAX_VALUE} when empty. */
  public long minTimeMillis() {
    return minTimeMillis.get();
  }

  /** The newest sample time in the head, or {@link Long#MIN_VALUE} when empty. */
  public long maxTimeMillis() {
    return maxTimeMillis.get();
  }

  /** Appends older than this are refused as out of bounds; raised by truncation. */
  public long minValidTimeMillis() {
    return minValidTimeMillis;
  }

  void raiseMinValidTime(long timeMillis) {
    if (timeMillis > minValidTimeMillis) {
      minValidTimeMillis = timeMillis;
    }
  }

  /**
   * The lowest time an append may have now: the truncation bound, and, as in Prometheus, no more
   * than half a chunk range behind the newest sample.
   */
  long appendableMinValidTime() {
    long max = maxTimeMillis.get();
    long bound = minValidTimeMillis;
    if (max != Long.MIN_VALUE) {
      bound = Math.max(bound, max - options.chunkRangeMillis() / 2);
    }
    return bound;
  }

  /** The number of series in the head. */
  public long seriesCount() {
    return metrics.series();
  }

  MemSeries seriesById(long ref) {
    return series.byId(ref);
  }

  /**
   * The series for {@code labels}, created (validated, interned, indexed) if new.
   *
   * @throws InvalidSeriesException if the labels are not a valid series
   */
  MemSeries getOrCreate(Labels labels) {
    MemSeries existing = labels == null ? null : series.get(labels);
    if (existing != null) {
      return existing;
    }
    try {
      SeriesValidator.validate(labels);
    } catch (InvalidSeriesException e) {
      metrics.invalidSeries.increment();
      throw e;
    }
    boolean[] created = new boolean[1];
    MemSeries result =
        series.getOrCreate(
            labels, ignored -> new MemSeries(lastSeriesId.incrementAndGet(), symbols.intern(labels)), created);
    if (created[0]) {
      postings.add(result.id, result.labels);
      metrics.seriesCreated.increment();
    }
    return result;
  }

  /**
   * Applies a logged batch: the samples become visible together. Samples that lost a race with
   * another commit for the same series (now out of order) are dropped and counted.
   */
  void apply(MemSeries[] batchSeries, long[] timestamps, long[] valueBits, int count) {
    long batchMin = Long.MAX_VALUE;
    long batchMax = Long.MIN_VALUE;
    int appended = 0;
    int chunksCut = 0;
    applyLock.lock();
    try {
      long sequence = appliedSequence + 1;
      for (int i = 0; i < count; i++) {
        MemSeries s = batchSeries[i];
        long t = timestamps[i];
        synchronized (s) {
          s.beginCommit(sequence);
          if (t > s.maxTimeMillis) {
            if (s.appendInOrder(t, valueBits[i], options.samplesPerChunk(), options.chunkRangeMillis())) {
              chunksCut++;
            }
            appended++;
            batchMin = Math.min(batchMin, t);
            batchMax = Math.max(batchMax, t);
          } else if (t != s.maxTimeMillis || valueBits[i] != s.lastValueBits) {
            metrics.outOfOrderSamples.increment();
          }
        }
      }
      appliedSequence = sequence;
    } finally {
      applyLock.unlock();
    }
    metrics.samplesAppended.add(appended);
    metrics.chunksCreated.add(chunksCut);
    if (appended > 0) {
      minTimeMillis.accumulateAndGet(batchMin, Math::min);
      maxTimeMillis.accumulateAndGet(batchMax, Math::max);
    }
  }

  // ---- replay: the write-ahead log feeds these on start, before any appender exists ----

  /** Re-creates a series with the id the log gave it. A repeated record for it is ignored. */
  public void replaySeries(int id, Labels labels) {
    if (series.byId(id) != null) {
      return;
    }
    MemSeries existing = series.get(labels);
    if (existing != null) {
      replayAliases.put(id, existing);
      lastSeriesId.accumulateAndGet(id, Math::max);
      return;
    }
    MemSeries created = new MemSeries(id, symbols.intern(labels));
    created.logged = true;
    series.put(created);
    postings.add(id, created.labels);
    metrics.seriesCreated.increment();
    lastSeriesId.accumulateAndGet(id, Math::max);
  }

  /**
   * Re-applies a logged sample. Returns false for a sample of an unknown series; samples at or
   * before the series' newest (already replayed, e.g. from a checkpoint) are skipped.
   */
  public boolean replaySample(int id, long timestampMillis, double value) {
    MemSeries s = series.byId(id);
    if (s == null) {
      s = replayAliases.get(id);
      if (s == null) {
        return false;
      }
    }
    synchronized (s) {
      if (timestampMillis <= s.maxTimeMillis || timestampMillis < minValidTimeMillis) {
        return true;
      }
      if (s.appendInOrder(
          timestampMillis, Double.doubleToRawLongBits(value), options.samplesPerChunk(), options.chunkRangeMillis())) {
        metrics.chunksCreated.increment();
      }
    }
    metrics.samplesAppended.increment();
    minTimeMillis.accumulateAndGet(timestampMillis, Math::min);
    maxTimeMillis.accumulateAndGet(timestampMillis, Math::max);
    return true;
  }

  /** Whether series {@code id} is in the head now (checkpointing keeps only those). */
  public boolean isLive(int id) {
    if (series.byId(id) != null) {
      return true;
    }
    MemSeries alias = replayAliases.get(id);
    return alias != null && series.byId(alias.id) == alias;
  }

  /** Forgets aliases of series truncation removed. */
  void dropDeadAliases() {
    replayAliases.values().removeIf(s -> series.byId(s.id) != s);
  }

  /** The labels of series {@code id}, or null if it is not in the head. */
  public Labels labelsOf(int id) {
    MemSeries s = series.byId(id);
    return s == null ? null : s.labels;
  }

  /** Removes chunks and series older than {@code minTimeMillis}; see {@link HeadTruncator}. */
  public HeadTruncator.Result truncate(long minTimeMillis, ChunkSink sink) {
    return new HeadTruncator(this).truncate(minTimeMillis, sink);
  }

  /** Cardinality statistics for {@code /api/v1/status/tsdb}. */
  public HeadStats stats(int limit) {
    return HeadStats.of(this, limit);
  }

  void recomputeMinTime() {
    long[] min = {Long.MAX_VALUE};
    series.forEach(
        s -> {
          synchronized (s) {
            if (s.minTimeMillis < min[0]) {
              min[0] = s.minTimeMillis;
            }
          }
        });
    // An emptied head keeps its newest time: the out-of-bounds limit for appends derives from it.
    minTimeMillis.set(min[0]);
  }

  void forEachSeries(Consumer<MemSeries> action) {
    series.forEach(action);
  }

  List<Labels> liveLabels() {
    List<Labels> all = new ArrayList<>();
    series.forEach(s -> all.add(s.labels));
    return all;
  }
}
