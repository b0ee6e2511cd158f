package io.argus.tsdb.wal;

import io.argus.core.label.Labels;

/** Receives decoded records during replay, in log order. */
public interface RecordHandler {

  void series(int id, Labels labels);

  void sample(int id, long timestampMillis, long valueBits);

  void tombstone(int id, long minTimeMillis, long maxTimeMillis);
}
