package io.argus.ingest.sender;

import io.argus.core.label.Labels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sending side of one {@code remote_write} endpoint: applies write relabeling (once per
 * distinct series, cached), spreads samples over shards by series hash, and owns the shards'
 * threads. Lifecycle: {@link #start()}, any number of {@link #append} calls from any thread, then
 * {@link #stop(Duration)} (or {@link #close()}), which sends what is queued and gives up on retries
 * after the flush deadline. Thread-safe.
 */
public final class QueueManager implements AutoCloseable {

  private static final int RELABEL_CACHE_LIMIT = 200_000;
  private static final Labels DROPPED = Labels.empty();

  private final RemoteWriteEndpoint endpoint;
  private final QueueCounters counters = new QueueCounters();
  private final List<Shard> shards = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final ConcurrentHashMap<Labels, Labels> relabeled = new ConcurrentHashMap<>();
  private volatile boolean started;

  public QueueManager(RemoteWriteEndpoint endpoint, WriteClient client, Sleeper sleeper) {
    this.endpoint = endpoint;
    for (int i = 0; i < endpoint.queue().shards(); i++) {
      shards.add(new Shard(endpoint.queue(), new BatchSender(endpoint, client, sleeper, counters)));
    }
  }

  /** A queue that sends over HTTP and sleeps for real between retries. */
  public QueueManager(RemoteWriteEndpoint endpoint) {
    this(endpoint, new HttpWriteClient(endpoint), Sleeper.SYSTEM);
  }

  public RemoteWriteEndpoint endpoint() {
    return endpoint;
  }

  /** Starts one virtual thread per shard. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    for (int i = 0; i < shards.size(); i++) {
      threads.add(Thread.ofVirtual().name("remote-write-" + endpoint.name() + "-shard-" + i).start(shards.get(i)));
    }
  }

  /**
   * Queues one committed sample for sending.
   *
   * @return false if it was not queued: dropped by relabeling, or its shard was full (both counted)
   */
  public boolean append(Labels labels, long timestampMillis, double value) {
    Labels target = relabel(labels);
    if (target == DROPPED) {
      counters.samplesDropped.increment();
      return false;
    }
    Shard shard = shards.get(Math.floorMod(target.hash(), shards.size()));
    counters.samplesPending.increment();
    if (!shard.offer(target, timestampMillis, value)) {
      counters.samplesPending.decrement();
      counters.samplesDroppedQueueFull.increment();
      return false;
    }
    return true;
  }

  private Labels relabel(Labels labels) {
    Labels cached = relabeled.get(labels);
    if (cached != null) {
      return cached;
    }
    Labels result = endpoint.writeRelabel().apply(labels);
    if (result == null || result.isEmpty()) {
      result = DROPPED;
    }
    if (relabeled.size() >= RELABEL_CACHE_LIMIT) {
      relabeled.clear(); // series churn: start over rather than grow without bound
    }
    relabeled.put(labels, result);
    return result;
  }

  /** A snapshot of the counters. */
  public QueueStats stats() {
    return QueueStats.of(endpoint.name(), endpoint.url().toString(), counters, shards.size());
  }

  /**
   * Stops accepting samples, sends what is queued, and waits for the shards to end; retries are
   * abandoned once {@code flushDeadline} has passed (those samples count as failed).
   */
  public void stop(Duration flushDeadline) {
    long giveUpAt = System.nanoTime() + flushDeadline.toNanos();
    for (Shard shard : shards) {
      shard.stop(giveUpAt);
    }
    List<Thread> running;
    synchronized (this) {
      running = List.copyOf(threads);
    }
    for (Thread thread : running) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops with Prometheus' default flush deadline of one minute. */
  @Override
  public void close() {
    stop(Duration.ofMinutes(1));
  }
}
