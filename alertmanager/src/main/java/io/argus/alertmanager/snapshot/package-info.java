/**
 * Framing for the alertmanager's state files (silences, notification log): a four-byte magic, a
 * format version byte, the payload, and a CRC32C of everything before it; written to a temporary
 * file, forced to disk and atomically renamed, so a crash leaves either the old or the new file.
 * {@link io.argus.alertmanager.snapshot.SnapshotFile} is the entry type; the layouts are in
 * docs/format/alertmanager-snapshots.md. Depends only on the JDK.
 */
package io.argus.alertmanager.snapshot;
