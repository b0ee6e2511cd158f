/**
 * The head: the in-memory, appendable part of the TSDB. {@link io.argus.tsdb.head.Head} owns the
 * series ({@link io.argus.tsdb.head.MemSeries}, keyed by labels hash in a collision-safe
 * {@link io.argus.tsdb.head.SeriesMap} and by numeric id), the interned label symbols and the
 * inverted index; {@link io.argus.tsdb.head.HeadAppender} validates and batches samples and applies
 * them on commit after the {@link io.argus.tsdb.head.HeadLog} made them durable;
 * {@link io.argus.tsdb.head.HeadQuerier} reads a consistent snapshot of committed data. Depends on
 * the chunk and index packages and on core; knows nothing of files: durability comes in through
 * {@code HeadLog}, and truncated chunks go out through {@link io.argus.tsdb.head.ChunkSink}.
 */
package io.argus.tsdb.head;
