package io.argus.ingest.sender;

import io.argus.core.label.Labels;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One shard of a queue: a bounded ring of samples in primitive arrays and the thread that drains
 * it in batches of at most {@code maxSamplesPerSend}, sending a partial batch once its oldest sample
 * has waited {@code batchSendDeadline}. Samples of one series always land in the same shard, so
 * they are sent in order. {@link #offer} is called by committing appenders, {@link #run} by the
 * shard's own thread.
 */
final class Shard implements Runnable {

  private final QueueConfig config;
  private final BatchSender sender;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Labels[] ringLabels;
  private final long[] ringTimestamps;
  private final double[] ringValues;
  private int head;
  private int size;
  private long oldestEnqueuedNanos;
  private boolean stopping;
  private volatile long giveUpAtNanos = Long.MAX_VALUE;

  private final Labels[] batchLabels;
  private final long[] batchTimestamps;
  private final double[] batchValues;

  Shard(QueueConfig config, BatchSender sender) {
    this.config = config;
    this.sender = sender;
    ringLabels = new Labels[config.capacity()];
    ringTimestamps = new long[config.capacity()];
    ringValues = new double[config.capacity()];
    int batch = Math.min(config.maxSamplesPerSend(), config.capacity());
    batchLabels = new Labels[batch];
    batchTimestamps = new long[batch];
    batchValues = new double[batch];
  }

  /** Queues a sample; false (and nothing queued) when the shard is full or stopping. */
  boolean offer(Labels labels, long timestampMillis, double value) {
    lock.lock();
    try {
      if (size == ringLabels.length || stopping) {
        return false;
      }
      int tail = (head + size) % ringLabels.length;
      ringLabels[tail] = labels;
      ringTimestamps[tail] = timestampMillis;
      ringValues[tail] = value;
      if (size++ == 0) {
        // The sender sleeps while the ring is empty: wake it so batch_send_deadline starts now.
        oldestEnqueuedNanos = System.nanoTime();
        changed.signal();
      } else if (size >= batchLabels.length) {
        changed.signal();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Asks the shard to send what it holds and end; retries stop at {@code giveUpAtNanos}
   * ({@link System#nanoTime()} based).
   */
  void stop(long giveUpAtNanos) {
    this.giveUpAtNanos = giveUpAtNanos;
    lock.lock();
    try {
      stopping = true;
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void run() {
    while (true) {
      int count = takeBatch();
      if (count < 0) {
        return;
      }
      sender.send(batchLabels, batchTimestamps, batchValues, count, this::keepRetrying);
      java.util.Arrays.fill(batchLabels, 0, count, null);
    }
  }

  private boolean keepRetrying() {
    return System.nanoTime() - giveUpAtNanos < 0;
  }

  /** Waits for a full batch, a deadline, or stop; returns the batch size, or -1 to end. */
  private int takeBatch() {
    lock.lock();
    try {
      long deadlineNanos = config.batchSendDeadline().toNanos();
      while (true) {
        if (size >= batchLabels.length || (stopping && size > 0)) {
          break;
        }
        if (stopping) {
          return -1;
        }
        if (size == 0) {
          changed.awaitUninterruptibly();
          continue;
        }
        long waitedNanos = System.nanoTime() - oldestEnqueuedNanos;
        if (waitedNanos >= deadlineNanos) {
          break;
        }
        try {
          changed.await(deadlineNanos - waitedNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          stopping = true;
          Thread.currentThread().interrupt();
        }
      }
      int count = Math.min(size, batchLabels.length);
      for (int i = 0; i < count; i++) {
        int index = (head + i) % ringLabels.length;
        batchLabels[i] = ringLabels[index];
        batchTimestamps[i] = ringTimestamps[index];
        batchValues[i] = ringValues[index];
        ringLabels[index] = null;
      }
      head = (head + count) % ringLabels.length;
      size -= count;
      oldestEnqueuedNanos = System.nanoTime();
      return count;
    } finally {
      lock.unlock();
    }
  }
}
