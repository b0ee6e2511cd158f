/**
 * Persisted, immutable blocks: a directory with {@code meta.json}, chunk segment files and an index,
 * laid out as docs/format/block.md describes. {@link io.argus.tsdb.block.BlockWriter} writes one
 * crash-safely (temporary directory, fsync, rename); {@link io.argus.tsdb.block.Block} maps one
 * through {@code java.lang.foreign}, counts the readers that use it, and opens
 * {@link io.argus.core.storage.Querier}s over it. Depends on {@code chunk} and {@code index}, never
 * on the head or the write-ahead log.
 */
package io.argus.tsdb.block;
