/**
 * The wire helpers shared by remote write and remote read: a protobuf reader that walks a byte
 * array without creating message objects ({@link io.argus.ingest.protobuf.ProtoReader}), a growable
 * protobuf writer ({@link io.argus.ingest.protobuf.ProtoWriter}), and snappy block compression with
 * a size limit ({@link io.argus.ingest.protobuf.SnappyBlock}). Every problem with the bytes is a
 * {@link io.argus.ingest.protobuf.WireFormatException} that names the byte offset. Knows nothing of
 * Prometheus' messages or of storage.
 */
package io.argus.ingest.protobuf;
