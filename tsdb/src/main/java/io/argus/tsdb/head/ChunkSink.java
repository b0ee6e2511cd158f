package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;

/**
 * Receives the chunks head truncation removes, oldest first per series. {@code Tsdb} passes a
 * {@code BlockCollector} that writes them into blocks; {@link #discarding()} is for a bare head and
 * for dropping replayed chunks that blocks already hold.
 */
@FunctionalInterface
public interface ChunkSink {

  /** Takes one completed chunk of series {@code labels}; the chunk is immutable and may be kept. */
  void accept(Labels labels, XorChunk chunk);

  /** A sink that drops every chunk. */
  static ChunkSink discarding() {
    return (labels, chunk) -> {};
  }
}
