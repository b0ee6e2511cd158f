package io.argus.tsdb.wal;

import io.argus.core.storage.StorageException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends framed records to the current segment with group commit: a committing thread queues its
 * bytes; the first one to find no write in progress becomes the leader, writes everything queued
 * (its own and others') in one call, syncs per the {@link WalSyncPolicy}, and wakes the others,
 * whose commits rode along. Always starts a fresh segment when opened, never appending to one a
 * crash may have torn.
 *
 * <p>A failed write (disk full) is undone by truncating the segment back to where the batch
 * started, so the file never holds half a batch that later commits would follow; if even that
 * fails, the segment is abandoned and the next write opens a new one. Either way the failing
 * commits get a {@link StorageException} and later commits may succeed.
 */
public final class WalWriter implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(WalWriter.class.getName());

  private final Path directory;
  private final WalOptions options;
  private final WalMetrics metrics;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition batchDone = lock.newCondition();
  private final ScheduledExecutorService syncer;

  // Guarded by lock.
  private byte[] pending = new byte[1 << 16];
  private byte[] spare = new byte[1 << 16];
  private int pendingSize;
  private List<Ticket> pendingTickets = new ArrayList<>();
  private boolean busy;
  private boolean closed;

  // Owned by whoever holds busy.
  private SegmentChannel segment;
  private int segmentIndex;
  private long segmentSizeBytes;
  private boolean dirty;

  /** Opens the writer on a new segment numbered {@code firstSegmentIndex}. */
  public WalWriter(Path directory, int firstSegmentIndex, WalOptions options, WalMetrics metrics) {
    this.directory = directory;
    this.options = options;
    this.metrics = metrics;
    this.segmentIndex = firstSegmentIndex;
    try {
      Files.createDirectories(directory);
      openSegment();
    } catch (IOException e) {
      throw new StorageException("cannot open write-ahead log segment in " + directory + ": " + e, e);
    }
    if (options.syncPolicy() == WalSyncPolicy.PERIODIC) {
      syncer =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "argus-wal-sync");
                thread.setDaemon(true);
                return thread;
              });
      syncer.scheduleWithFixedDelay(
          this::syncQuietly, options.syncIntervalMillis(), options.syncIntervalMillis(), TimeUnit.MILLISECONDS);
    } else {
      syncer = null;
    }
  }

  /**
   * Writes {@code length} bytes of framed records and returns once they are written (and synced,
   * under {@link WalSyncPolicy#EVERY_COMMIT}).
   *
   * @throws StorageException if they could not be written; nothing of them counts as logged
   */
  public void log(byte[] records, int length) {
    Ticket ticket = new Ticket();
    lock.lock();
    try {
      if (closed) {
        throw new StorageException("the write-ahead log in " + directory + " is closed");
      }
      if (pendingSize + length > pending.length) {
        pending = java.util.Arrays.copyOf(pending, Math.max(pendingSize + length, pending.length * 2));
      }
      System.arraycopy(records, 0, pending, pendingSize, length);
      pendingSize += length;
      pendingTickets.add(ticket);
      while (!ticket.done) {
        if (busy) {
          batchDone.awaitUninterruptibly();
          continue;
        }
        busy = true;
        byte[] batch = pending;
        int size = pendingSize;
        List<Ticket> tickets = pendingTickets;
        pending = spare;
        pendingSize = 0;
        pendingTickets = new ArrayList<>();
        StorageException failure = null;
        lock.unlock();
        try {
          writeBatch(batch, size);
        } catch (StorageException e) {
          failure = e;
        } finally {
          lock.lock();
        }
        spare = batch.length > (4 << 20) ? new byte[1 << 16] : batch;
        busy = false;
        for (Ticket t : tickets) {
          t.failure = failure;
          t.done = true;
        }
        metrics.commits.add(tickets.size());
        batchDone.signalAll();
      }
    } finally {
      lock.unlock();
    }
    if (ticket.failure != null) {
      throw ticket.failure;
    }
  }

  /**
   * Closes the current segment (synced) and opens the next; returns the index of the segment that
   * was closed. Every commit logged before this call is in that segment or an earlier one.
   */
  public int cutSegment() {
    return exclusive(
        () -> {
          int closedIndex = segmentIndex;
          closeSegment();
          segmentIndex++;
          openSegment();
          return closedIndex;
        });
  }

  /** Forces written data to disk now. */
  public void sync() {
    exclusive(
        () -> {
          if (dirty && segment != null) {
            force();
          }
          return 0;
        });
  }

  /** The index of the segment being written. */
  public int segmentIndex() {
    return segmentIndex;
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    if (syncer != null) {
      // Not shutdownNow(): interrupting the sync thread inside FileChannel.force() closes the
      // channel (ClosedByInterruptException), and the final force below would then fail.
      syncer.shutdown();
      try {
        if (!syncer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
          LOG.log(Level.WARNING, "the write-ahead log sync thread did not stop within 30 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exclusive(
        () -> {
          closeSegment();
          return 0;
        });
    lock.lock();
    try {
      closed = true;
    } finally {
      lock.unlock();
    }
  }

  private void writeBatch(byte[] batch, int size) {
    Path path = directory.resolve(WalFormat.segmentName(segmentIndex));
    long before = segmentSizeBytes;
    try {
      if (segment == null) {
        openSegment();
        path = directory.resolve(WalFormat.segmentName(segmentIndex));
        before = segmentSizeBytes;
      } else if (segmentSizeBytes + size > options.segmentSizeBytes()
          && segmentSizeBytes > WalFormat.HEADER_BYTES) {
        closeSegment();
        segmentIndex++;
        openSegment();
        path = directory.resolve(WalFormat.segmentName(segmentIndex));
        before = segmentSizeBytes;
      }
      segment.write(ByteBuffer.wrap(batch, 0, size));
      segmentSizeBytes += size;
      dirty = true;
      if (options.syncPolicy() == WalSyncPolicy.EVERY_COMMIT) {
        force();
      }
      metrics.bytesWritten.add(size);
      metrics.groupWrites.increment();
    } catch (IOException e) {
      metrics.writesFailed.increment();
      undo(path, before);
      throw new StorageException(
          "write-ahead log write of " + size + " bytes to " + path + " at offset " + before
              + " failed, the commit is not durable: " + e.getMessage(),
          e);
    }
  }

  /** Takes a failed write back out of the segment, or abandons the segment if that fails too. */
  private void undo(Path path, long sizeBefore) {
    if (segment == null) {
      segmentIndex++;
      return;
    }
    try {
      segment.truncate(sizeBefore);
      segmentSizeBytes = sizeBefore;
    } catch (IOException truncateFailure) {
      LOG.log(
          Level.ERROR,
          "cannot truncate {0} back to {1} after a failed write ({2}); continuing in a new segment",
          path,
          sizeBefore,
          truncateFailure.getMessage());
      try {
        segment.close();
      } catch (IOException ignored) {
        // Already failing; the replayer truncates whatever tail this left.
      }
      segment = null;
      segmentIndex++;
    }
  }

  private void openSegment() throws IOException {
    Path path = directory.resolve(WalFormat.segmentName(segmentIndex));
    while (Files.exists(path)) {
      segmentIndex++;
      path = directory.resolve(WalFormat.segmentName(segmentIndex));
    }
    SegmentChannel channel = options.opener().create(path);
    try {
      channel.write(ByteBuffer.wrap(WalFormat.segmentHeader()));
    } catch (IOException e) {
      channel.close();
      Files.deleteIfExists(path);
      throw e;
    }
    segment = channel;
    segmentSizeBytes = WalFormat.HEADER_BYTES;
    dirty = true;
    metrics.currentSegment.set(segmentIndex);
    syncDirectory(directory);
  }

  private void closeSegment() throws IOException {
    if (segment == null) {
      return;
    }
    try {
      if (dirty) {
        force();
      }
    } finally {
      segment.close();
      segment = null;
    }
  }

  private void force() throws IOException {
    long started = System.nanoTime();
    segment.force();
    metrics.fsyncNanos.add(System.nanoTime() - started);
    metrics.fsyncs.increment();
    dirty = false;
  }

  private void syncQuietly() {
    try {
      sync();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "periodic write-ahead log sync failed: {0}", e.getMessage());
    }
  }

  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every file system can sync a directory; the segment data itself is still synced.
    }
  }

  /** Runs {@code action} with no batch write in progress and none starting. */
  private int exclusive(IoAction action) {
    lock.lock();
    try {
      while (busy) {
        batchDone.awaitUninterruptibly();
      }
      if (closed) {
        return 0;
      }
      busy = true;
    } finally {
      lock.unlock();
    }
    try {
      return action.run();
    } catch (IOException e) {
      throw new StorageException("write-ahead log operation in " + directory + " failed: " + e, e);
    } finally {
      lock.lock();
      try {
        busy = false;
        batchDone.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  @FunctionalInterface
  private interface IoAction {
    int run() throws IOException;
  }

  private static final class Ticket {
    boolean done;
    StorageException failure;
  }
}
