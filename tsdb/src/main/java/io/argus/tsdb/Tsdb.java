package io.argus.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.StorageException;
import io.argus.tsdb.block.Block;
import io.argus.tsdb.block.BlockCollector;
import io.argus.tsdb.block.BlockCompactor;
import io.argus.tsdb.block.BlockDirectory;
import io.argus.tsdb.block.BlockMeta;
import io.argus.tsdb.head.ChunkSink;
import io.argus.tsdb.head.Head;
import io.argus.tsdb.head.HeadStats;
import io.argus.tsdb.head.HeadTruncator;
import io.argus.tsdb.wal.Checkpointer;
import io.argus.tsdb.wal.RecordHandler;
import io.argus.tsdb.wal.WalMetrics;
import io.argus.tsdb.wal.WalReplayer;
import io.argus.tsdb.query.MergeQuerier;
import io.argus.tsdb.wal.WalWriter;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A TSDB over one data directory: persisted blocks in {@code <dir>/<block id>/}, and the head in
 * memory, made durable by the write-ahead log in {@code <dir>/wal}. {@link #open} takes an exclusive
 * lock on the directory, opens the blocks (quarantining corrupt ones), replays the log, drops from
 * the head what the blocks already hold, and starts a fresh segment. Head truncation writes the
 * truncated chunks as blocks before the log forgets them; retention then deletes old blocks.
 * Thread-safe.
 */
public final class Tsdb implements Appendable, Queryable, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Tsdb.class.getName());

  private final Path directory;
  private final TsdbOptions options;
  private final Head head;
  private final WalMetrics walMetrics = new WalMetrics();
  private final WalWriter walWriter;
  private final Checkpointer checkpointer;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ScheduledExecutorService maintenance;
  private final TsdbMetrics metrics;
  private final WalReplayer.Result replay;
  private final BlockDirectory blocks;

  private Tsdb(Path directory, TsdbOptions options) throws IOException {
    this.directory = directory;
    this.options = options;
    Files.createDirectories(directory);
    this.lockChannel =
        FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock acquired;
    try {
      acquired = lockChannel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      acquired = null; // held by this very process
    }
    this.lock = acquired;
    if (lock == null) {
      lockChannel.close();
      throw new StorageException("data directory " + directory + " is in use by another process");
    }
    this.head = new Head(options.headOptions());
    try {
      this.blocks = BlockDirectory.open(directory);
    } catch (IOException | RuntimeException e) {
      lock.release();
      lockChannel.close();
      throw e;
    }
    this.metrics = new TsdbMetrics(head, options.walEnabled() ? walMetrics : null, blocks);
    if (options.walEnabled()) {
      Path walDirectory = directory.resolve("wal");
      this.replay = new WalReplayer(walDirectory, walMetrics).replay(new HeadReplay(head, walMetrics));
      this.walWriter = new WalWriter(walDirectory, replay.lastSegment() + 1, options.wal(), walMetrics);
      this.checkpointer = new Checkpointer(walDirectory, walMetrics);
      head.setLog(new WalHeadLog(walWriter));
      LOG.log(
          Level.INFO,
          "replayed write-ahead log {0}: {1} records, {2} series, {3} samples in {4} s, {5} corruptions",
          walDirectory,
          replay.records(),
          head.seriesCount(),
          head.metrics().samplesAppendedTotal(),
          walMetrics.replaySeconds(),
          replay.corruptions().size());
    } else {
      this.replay = new WalReplayer.Result(-1, 0, java.util.List.of());
      this.walWriter = null;
      this.checkpointer = null;
    }
    long persistedUntil = blocks.maxTimeMillis();
    if (persistedUntil != Long.MIN_VALUE) {
      // A crash between writing a block and checkpointing the log replays samples the block holds.
      HeadTruncator.Result dropped = head.truncate(persistedUntil, ChunkSink.discarding());
      LOG.log(Level.INFO, "opened {0} blocks up to {1}; dropped {2} replayed head chunks they already hold",
          blocks.blocks().size(), persistedUntil, dropped.chunksRemoved());
    }
    if (options.truncationCheckIntervalMillis() > 0) {
      maintenance =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "argus-tsdb-head-truncation");
                thread.setDaemon(true);
                return thread;
              });
      long interval = options.truncationCheckIntervalMillis();
      maintenance.scheduleWithFixedDelay(this::truncateIfDue, interval, interval, TimeUnit.MILLISECONDS);
    } else {
      maintenance = null;
    }
  }

  /**
   * Opens (creating if needed) the TSDB in {@code directory}.
   *
   * @throws StorageException if the directory is locked by another process or cannot be read
   */
  public static Tsdb open(Path directory, TsdbOptions options) {
    try {
      return new Tsdb(directory, options);
    } catch (IOException e) {
      throw new StorageException("cannot open TSDB in " + directory + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Appender appender() {
    return head.appender();
  }

  /**
   * A querier over the blocks that overlap the range and the head, merged by labels; samples that a
   * block and the head both hold are returned once. Each block stays mapped until the querier closes.
   */
  @Override
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    List<Querier> sources = new ArrayList<>();
    for (Block block : blocks.blocks()) {
      BlockMeta meta = block.meta();
      // maxTime is exclusive: a block [a, b) holds nothing at b.
      if (meta.minTimeMillis() <= maxTimeMillis && meta.maxTimeMillis() > minTimeMillis && block.acquire()) {
        try {
          sources.add(block.querier(minTimeMillis, maxTimeMillis));
        } finally {
          block.release();
        }
      }
    }
    if (sources.isEmpty()) {
      return head.querier(minTimeMillis, maxTimeMillis);
    }
    sources.add(head.querier(minTimeMillis, maxTimeMillis));
    return new MergeQuerier(sources);
  }

  /** The persisted blocks, for statistics, tools and tests. */
  public BlockDirectory blocks() {
    return blocks;
  }

  /** The head, for statistics and tests. */
  public Head head() {
    return head;
  }

  public TsdbMetrics metrics() {
    return metrics;
  }

  /** Cardinality statistics with the top {@code limit} entries per list. */
  public HeadStats stats(int limit) {
    return head.stats(limit);
  }

  /** What the replay at open found, corruptions included. */
  public WalReplayer.Result replayResult() {
    return replay;
  }

  /**
   * Moves head data older than {@code minTimeMillis} into blocks (one per block range), then closes
   * the current log segment and folds every closed segment into a checkpoint of what remains, then
   * applies retention. The log is only checkpointed once the blocks are durable, so a crash or a
   * failed write loses nothing: the next start replays the log.
   *
   * @throws StorageException if the blocks cannot be written (the log is then left untouched)
   */
  public synchronized HeadTruncator.Result truncateHead(long minTimeMillis) {
    BlockCollector collector = new BlockCollector(options.blockRangeMillis());
    ChunkSink observer = options.chunkSink();
    HeadTruncator.Result result = head.truncate(minTimeMillis, (labels, chunk) -> {
      collector.accept(labels, chunk);
      observer.accept(labels, chunk);
    });
    try {
      for (BlockMeta meta : collector.writeBlocks(directory, minTimeMillis)) {
        blocks.add(meta);
        LOG.log(Level.INFO, "wrote block {0} [{1}, {2}): {3} series, {4} samples", meta.id(),
            meta.minTimeMillis(), meta.maxTimeMillis(), meta.seriesCount(), meta.sampleCount());
      }
    } catch (IOException e) {
      throw new StorageException("cannot write blocks in " + directory + " while truncating the head before "
          + minTimeMillis + ": " + e.getMessage() + "; the write-ahead log keeps the data", e);
    }
    if (walWriter != null) {
      int closed = walWriter.cutSegment();
      // A chunk that straddles the bound stays in the head whole, so the checkpoint must keep its
      // samples before the bound too, or a restart would lose them (they are in no block).
      long keepFrom = Math.min(minTimeMillis, head.minTimeMillis());
      checkpointer.create(closed, head::isLive, keepFrom);
    }
    applyRetention();
    return result;
  }

  /**
   * Compacts adjacent blocks level by level (2 h → 6 h → 18 h …) until no group is due. Runs on the
   * maintenance thread after truncation; appends and queries go on meanwhile (queriers keep the
   * blocks they opened).
   *
   * @return the number of compactions done
   */
  public synchronized int compact() {
    BlockCompactor compactor = new BlockCompactor(options.blockRangeMillis(), options.retentionTimeMillis());
    int done = 0;
    while (true) {
      List<Block> group = compactor.plan(blocks.blocks());
      if (group.isEmpty()) {
        return done;
      }
      try {
        BlockMeta created = BlockCompactor.compact(directory, group);
        blocks.replace(group, created);
        LOG.log(Level.INFO, "compacted {0} blocks into {1} [{2}, {3}), level {4}", group.size(), created.id(),
            created.minTimeMillis(), created.maxTimeMillis(), created.compactionLevel());
        done++;
      } catch (IOException e) {
        throw new StorageException("cannot compact " + group + " in " + directory + ": " + e.getMessage(), e);
      }
    }
  }

  /** Deletes blocks past the retention time or size; see {@link BlockDirectory#applyRetention}. */
  public synchronized int applyRetention() {
    long newest = Math.max(head.maxTimeMillis(), blocks.maxTimeMillis() - 1);
    try {
      return blocks.applyRetention(newest, options.retentionTimeMillis(), options.retentionSizeBytes());
    } catch (IOException e) {
      LOG.log(Level.ERROR, "retention could not delete a block in " + directory + ": " + e.getMessage(), e);
      return 0;
    }
  }

  /** Truncates when the head spans more than its window plus half a block range. */
  void truncateIfDue() {
    try {
      long max = head.maxTimeMillis();
      long min = head.minTimeMillis();
      if (max == Long.MIN_VALUE || min == Long.MAX_VALUE) {
        return;
      }
      if (max - min > options.headWindowMillis() + options.blockRangeMillis() / 2) {
        long bound = Math.floorDiv(max - options.headWindowMillis(), options.blockRangeMillis())
            * options.blockRangeMillis();
        LOG.log(
            Level.INFO,
            "head spans {0} ms, more than its window of {1} ms: persisting and truncating before {2}",
            max - min,
            options.headWindowMillis(),
            bound);
        truncateHead(bound);
      }
      compact();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "head truncation failed: " + e.getMessage(), e);
    }
  }

  /** Syncs and closes the log and releases the directory. Appends after close fail. */
  @Override
  public synchronized void close() {
    if (maintenance != null) {
      maintenance.shutdownNow();
    }
    try {
      if (walWriter != null) {
        walWriter.close();
      }
      blocks.close();
    } finally {
      try {
        lock.release();
        lockChannel.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot release the lock on " + directory + ": " + e.getMessage());
      }
    }
  }

  /** Feeds replayed records into the head. */
  private record HeadReplay(Head head, WalMetrics metrics) implements RecordHandler {
    @Override
    public void series(int id, Labels labels) {
      head.replaySeries(id, labels);
    }

    @Override
    public void sample(int id, long timestampMillis, long valueBits) {
      if (!head.replaySample(id, timestampMillis, Double.longBitsToDouble(valueBits))) {
        metrics.addReplayUnknownSeriesSamples(1);
      }
    }

    @Override
    public void tombstone(int id, long minTimeMillis, long maxTimeMillis) {
      // Deletion is not implemented yet: nothing writes tombstones, so none can be replayed.
    }
  }
}
