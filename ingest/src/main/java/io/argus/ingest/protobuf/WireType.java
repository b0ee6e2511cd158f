package io.argus.ingest.protobuf;

/** The protobuf wire types used by Prometheus' messages, as the low three bits of a tag. */
public final class WireType {

  public static final int VARINT = 0;
  public static final int FIXED64 = 1;
  public static final int LENGTH_DELIMITED = 2;
  public static final int START_GROUP = 3;
  public static final int END_GROUP = 4;
  public static final int FIXED32 = 5;

  private WireType() {}

  /** The tag value for a field number and wire type. */
  public static int tag(int fieldNumber, int wireType) {
    return (fieldNumber << 3) | wireType;
  }
}
