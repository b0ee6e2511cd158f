/**
 * The remote read server side behind {@code POST /api/v1/read}: decodes a snappy-compressed
 * {@code prometheus.ReadRequest} (queries with matchers, time range, hints, accepted response
 * types), runs each query against a {@link io.argus.core.storage.Queryable} with a sample limit and
 * a concurrency limit, and answers with a snappy-compressed {@code prometheus.ReadResponse} (the
 * SAMPLES response type). Entry type: {@link io.argus.ingest.remoteread.RemoteReadHandler}. Also
 * the request encoder and response decoder a remote read client needs. Depends on {@code core} and
 * {@code io.argus.ingest.protobuf} only.
 */
package io.argus.ingest.remoteread;
