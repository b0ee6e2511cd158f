package io.argus.ingest.sender;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The live counters of one queue, updated by shards and appenders; read through snapshots. */
final class QueueCounters {

  final LongAdder samplesPending = new LongAdder();
  final LongAdder samplesTotal = new LongAdder();
  final LongAdder samplesFailed = new LongAdder();
  final LongAdder samplesRetried = new LongAdder();
  final LongAdder samplesDropped = new LongAdder();
  final LongAdder samplesDroppedQueueFull = new LongAdder();
  final LongAdder bytesTotal = new LongAdder();
  final LongAdder sentBatchNanosSum = new LongAdder();
  final LongAdder sentBatchCount = new LongAdder();
  final AtomicLong highestSentTimestampMillis = new AtomicLong(0);

  void sent(long maxTimestampMillis) {
    highestSentTimestampMillis.accumulateAndGet(maxTimestampMillis, Math::max);
  }
}
