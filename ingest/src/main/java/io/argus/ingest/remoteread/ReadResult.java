package io.argus.ingest.remoteread;

import java.util.Map;

/**
 * What the HTTP layer answers a remote read request with.
 *
 * @param httpStatus 200 with a body; 400 for a bad request or a query over the sample limit; 500
 *     when the storage failed; 503 when the wait for a concurrency slot was interrupted
 * @param body the snappy-compressed {@code ReadResponse} on success, the error text otherwise
 */
public record ReadResult(int httpStatus, byte[] body) {

  /** The response headers: protobuf with snappy on success, plain text for errors. */
  public Map<String, String> responseHeaders() {
    if (httpStatus == 200) {
      return Map.of("Content-Type", "application/x-protobuf", "Content-Encoding", "snappy");
    }
    return Map.of("Content-Type", "text/plain; charset=utf-8");
  }

  static ReadResult error(int status, String message) {
    return new ReadResult(status, (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
