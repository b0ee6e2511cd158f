/**
 * The write-ahead log: numbered segment files of checksummed records ({@link
 * io.argus.tsdb.wal.WalFormat}, {@link io.argus.tsdb.wal.RecordEncoder}, {@link
 * io.argus.tsdb.wal.RecordDecoder}), a group-committing {@link io.argus.tsdb.wal.WalWriter}, the
 * {@link io.argus.tsdb.wal.WalReplayer} that reads checkpoint and segments back on start and
 * truncates torn or corrupt tails, and the {@link io.argus.tsdb.wal.Checkpointer} that folds old
 * segments into a checkpoint when the head is truncated. Knows series only as ids and labels and
 * nothing of the head; the byte layout is in docs/format/wal.md.
 */
package io.argus.tsdb.wal;
