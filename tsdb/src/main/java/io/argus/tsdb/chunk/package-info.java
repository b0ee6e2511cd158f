/**
 * Gorilla-compressed float chunks: {@link io.argus.tsdb.chunk.XorEncoder} appends samples to a
 * growing bit stream (delta-of-delta timestamps, XOR values), {@link io.argus.tsdb.chunk.XorChunk}
 * is a completed, immutable chunk that readers share without copying, and
 * {@link io.argus.tsdb.chunk.XorIterator} decodes either on primitive state with no allocation per
 * sample. The byte layout is Prometheus' XOR chunk and is documented in docs/format/chunks.md.
 * Depends on nothing but {@code io.argus.core.storage}'s iterator interface.
 */
package io.argus.tsdb.chunk;
