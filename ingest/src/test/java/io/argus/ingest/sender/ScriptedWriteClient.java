package io.argus.ingest.sender;

import io.argus.ingest.fake.RecordingStorage;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A write client for tests: answers with scripted outcomes (then 204), decodes every body it
 * receives with the real receiver into a recording storage, and can hold sends at a latch.
 */
final class ScriptedWriteClient implements WriteClient {

  final RecordingStorage received = new RecordingStorage();
  private final RemoteWriteHandler decoder = new RemoteWriteHandler(received);
  private final Deque<SendOutcome> script = new ArrayDeque<>();
  private final List<Integer> batchSizes = new ArrayList<>();
  private final AtomicInteger sends = new AtomicInteger();
  private volatile CountDownLatch gate;

  synchronized ScriptedWriteClient then(int status, long retryAfterMillis) {
    script.add(new SendOutcome(status, "scripted " + status, retryAfterMillis));
    return this;
  }

  void holdAt(CountDownLatch latch) {
    gate = latch;
  }

  int sends() {
    return sends.get();
  }

  synchronized List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  @Override
  public SendOutcome send(byte[] snappyBody) {
    sends.incrementAndGet();
    CountDownLatch latch = gate;
    if (latch != null) {
      try {
        latch.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    SendOutcome outcome;
    synchronized (this) {
      outcome = script.isEmpty() ? new SendOutcome(204, "", 0) : script.poll();
    }
    if (outcome.success()) {
      int before = received.committed().size();
      decoder.write(null, "snappy", null, snappyBody);
      synchronized (this) {
        batchSizes.add(received.committed().size() - before);
      }
    }
    return outcome;
  }
}
