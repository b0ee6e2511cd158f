/**
 * The remote write receiver: content negotiation (protocol 1.0 {@code prometheus.WriteRequest} and
 * 2.0 {@code io.prometheus.write.v2.Request}), snappy, decoding straight into an
 * {@link io.argus.core.storage.Appender} without an object per sample, validation and limits, and
 * the status and headers the HTTP layer answers with. Entry type:
 * {@link io.argus.ingest.remotewrite.RemoteWriteHandler}. Also the 1.0 encoder the sender uses.
 * Depends on {@code core} storage interfaces and {@code io.argus.ingest.protobuf} only; it knows
 * nothing of HTTP servers or of the TSDB.
 */
package io.argus.ingest.remotewrite;
