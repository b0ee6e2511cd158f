/**
 * The remote write sender: one {@link io.argus.ingest.sender.QueueManager} per {@code remote_write}
 * endpoint, with sharded in-memory queues, batching by size and deadline, retries with exponential
 * backoff, write relabeling as a hook, and Prometheus-named counters in
 * {@link io.argus.ingest.sender.QueueStats}. Samples arrive through
 * {@link io.argus.ingest.sender.RemoteWriteTee}, an {@link io.argus.core.storage.Appendable} that the
 * server puts in front of the storage, so only committed samples are sent. The queues live in
 * memory: samples still queued when the process dies are lost (reading the TSDB's write-ahead log
 * instead is the missing piece for Prometheus' guarantee). Depends on {@code core} and
 * {@code io.argus.ingest.remotewrite}'s encoder only.
 */
package io.argus.ingest.sender;
