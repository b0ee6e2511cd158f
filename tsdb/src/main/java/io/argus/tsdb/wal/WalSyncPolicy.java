package io.argus.tsdb.wal;

/**
 * When the log forces written data to the disk. Every policy writes each commit to the file before
 * the commit returns, so a process crash (kill -9 included) never loses an acknowledged commit; the
 * policies differ only in what a power loss or kernel crash may take.
 */
public enum WalSyncPolicy {
  /** fsync before every commit returns (group commit shares one fsync among waiting commits). */
  EVERY_COMMIT,
  /** fsync at most every sync interval and when a segment is closed: the default. */
  PERIODIC,
  /** fsync only when a segment is closed, as Prometheus does. */
  SEGMENT
}
