package io.argus.ingest.protobuf;

/**
 * Bytes that are not what the wire format requires: bad snappy data, a truncated or malformed
 * protobuf message, a value out of range. The message says what was expected, what was found and
 * at which byte offset. Callers answer it with HTTP 400: retrying the same bytes cannot help.
 */
public final class WireFormatException extends RuntimeException {

  public WireFormatException(String message) {
    super(message);
  }

  public WireFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
