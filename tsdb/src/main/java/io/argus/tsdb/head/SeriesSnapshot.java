package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;

/**
 * What a reader saw of one series: the completed chunks, the head chunk's bytes with the sample
 * count it may decode, and the newest time it may see (its isolation bound).
 */
record SeriesSnapshot(
    Labels labels, XorChunk[] chunks, byte[] headBytes, int headSampleCount, long visibleMaxTimeMillis) {}
