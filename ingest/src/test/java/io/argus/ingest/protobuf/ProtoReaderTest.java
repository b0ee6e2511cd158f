package io.argus.ingest.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtoReaderTest {

  @Test
  void truncatedVarintNamesTheOffset() {
    ProtoReader reader = new ProtoReader(new byte[] {0x08, (byte) 0x80});
    reader.readTag();
    assertThatThrownBy(reader::readVarint64).isInstanceOf(WireFormatException.class)
        .hasMessage("expected a varint at byte offset 1, found the end of the message at 2");
  }

  @Test
  void lengthBeyondTheMessageIsRefused() {
    ProtoReader reader = new ProtoReader(new byte[] {0x0a, 0x05, 'a'});
    reader.readTag();
    assertThatThrownBy(reader::readString).isInstanceOf(WireFormatException.class)
        .hasMessageContaining("expected a length of at most 1 bytes").hasMessageContaining("found 5 at byte offset 1");
  }

  @Test
  void fieldNumberZeroAndGroupsAreRefused() {
    assertThatThrownBy(() -> new ProtoReader(new byte[] {0x00}).readTag()).hasMessageContaining("field number");
    assertThatThrownBy(() -> new ProtoReader(new byte[] {0x0b}).readTag()).hasMessageContaining("wire type");
  }

  @Test
  void invalidUtf8IsRefused() {
    ProtoReader reader = new ProtoReader(new byte[] {0x0a, 0x02, (byte) 0xc3, 0x28});
    reader.readTag();
    assertThatThrownBy(reader::readString).hasMessageContaining("valid UTF-8");
  }

  @Test
  void nestedMessagesBoundReads() {
    ProtoWriter writer = new ProtoWriter(2);
    int token = writer.beginMessage(1);
    writer.writeVarintField(1, 300);
    writer.endMessage(token);
    writer.writeVarintField(2, 7);
    ProtoReader reader = new ProtoReader(writer.toByteArray());
    reader.readTag();
    int enclosing = reader.enter();
    reader.readTag();
    assertThat(reader.readVarint64()).isEqualTo(300);
    assertThat(reader.hasRemaining()).isFalse();
    reader.leave(enclosing);
    assertThat(reader.readTag()).isEqualTo(WireType.tag(2, WireType.VARINT));
    assertThat(reader.readVarint64()).isEqualTo(7);
  }

  @Test
  void snappyRefusesBodiesThatExpandPastTheLimit() {
    byte[] compressed = SnappyBlock.compress(new byte[1000]);
    assertThatThrownBy(() -> SnappyBlock.decompress(compressed, 999)).isInstanceOf(WireFormatException.class)
        .hasMessage("snappy body declares 1000 decompressed bytes, more than the limit of 999");
  }
}
