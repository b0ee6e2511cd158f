package io.argus.ingest.remoteread;

/** The remote read response types of {@code ReadRequest.ResponseType}, by protobuf enum number. */
public enum ResponseType {
  /** One snappy-compressed {@code ReadResponse} with raw samples. */
  SAMPLES(0),
  /** A stream of {@code ChunkedReadResponse} frames holding XOR chunks. */
  STREAMED_XOR_CHUNKS(1);

  private final int number;

  ResponseType(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** The type with that enum number, or null for numbers this version does not know. */
  public static ResponseType byNumber(long number) {
    for (ResponseType type : values()) {
      if (type.number == number) {
        return type;
      }
    }
    return null;
  }
}
