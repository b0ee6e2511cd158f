package io.argus.ingest.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Our writer and reader against protobuf-java's, an independent implementation of the wire format. */
class ProtoWireProperties {

  @Property
  void writerProducesTheSameBytesAsProtobufJava(
      @ForAll long varint, @ForAll double value, @ForAll String text, @ForAll int field) throws IOException {
    int fieldNumber = 1 + Math.floorMod(field, 1000);
    ProtoWriter ours = new ProtoWriter(4);
    ours.writeVarintField(fieldNumber, varint);
    ours.writeDoubleField(fieldNumber + 1, value);
    ours.writeStringField(fieldNumber + 2, text);
    int nested = ours.beginMessage(fieldNumber + 3);
    ours.writeStringField(1, text);
    ours.writeVarintField(2, varint);
    ours.endMessage(nested);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream theirs = CodedOutputStream.newInstance(bytes);
    theirs.writeInt64(fieldNumber, varint);
    theirs.writeDouble(fieldNumber + 1, value);
    theirs.writeString(fieldNumber + 2, text);
    int nestedSize = CodedOutputStream.computeStringSize(1, text) + CodedOutputStream.computeInt64Size(2, varint);
    theirs.writeTag(fieldNumber + 3, WireType.LENGTH_DELIMITED);
    theirs.writeUInt32NoTag(nestedSize);
    theirs.writeString(1, text);
    theirs.writeInt64(2, varint);
    theirs.flush();

    assertThat(ours.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @Property
  void readerReadsWhatProtobufJavaWrites(@ForAll long varint, @ForAll double value, @ForAll String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeInt64(1, varint);
    out.writeDouble(2, value);
    out.writeString(3, text);
    out.writeFixed32(4, (int) varint);
    out.writeUInt32(5, (int) varint);
    out.flush();

    ProtoReader reader = new ProtoReader(bytes.toByteArray());
    assertThat(reader.readTag()).isEqualTo(WireType.tag(1, WireType.VARINT));
    assertThat(reader.readVarint64()).isEqualTo(varint);
    assertThat(reader.readTag()).isEqualTo(WireType.tag(2, WireType.FIXED64));
    assertThat(Double.doubleToRawLongBits(reader.readDouble())).isEqualTo(Double.doubleToRawLongBits(value));
    assertThat(reader.readTag()).isEqualTo(WireType.tag(3, WireType.LENGTH_DELIMITED));
    assertThat(reader.readString()).isEqualTo(stringAsProtobufJavaReadsIt(bytes.toByteArray()));
    assertThat(reader.readTag()).isEqualTo(WireType.tag(4, WireType.FIXED32));
    assertThat(reader.readFixed32()).isEqualTo((int) varint);
    assertThat(reader.readTag()).isEqualTo(WireType.tag(5, WireType.VARINT));
    assertThat(reader.readUint32()).isEqualTo((int) varint);
    assertThat(reader.hasRemaining()).isFalse();
  }

  private static String stringAsProtobufJavaReadsIt(byte[] bytes) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(bytes);
    in.readTag();
    in.readInt64();
    in.readTag();
    in.readDouble();
    in.readTag();
    return in.readString();
  }

  @Property
  void snappyRoundTrips(@ForAll byte[] data) {
    assertThat(SnappyBlock.decompress(SnappyBlock.compress(data), data.length)).isEqualTo(data);
  }
}
