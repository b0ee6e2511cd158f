package io.argus.ingest.remotewrite;

/** A whole request refused before or while decoding; carries the HTTP status to answer with. */
final class RejectedRequestException extends RuntimeException {

  private final int httpStatus;

  RejectedRequestException(int httpStatus, String message) {
    super(message);
    this.httpStatus = httpStatus;
  }

  int httpStatus() {
    return httpStatus;
  }
}
