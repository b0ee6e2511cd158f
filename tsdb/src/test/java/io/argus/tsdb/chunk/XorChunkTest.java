package io.argus.tsdb.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XorChunkTest {

  @Test
  void regularScrapesCompressToAboutOneAndAHalfBytesPerSample() {
    XorEncoder encoder = new XorEncoder();
    for (int i = 0; i < 120; i++) {
      encoder.append(1_700_000_000_000L + 15_000L * i, 100 + i);
    }
    // A constant interval costs one bit per timestamp; a slowly rising counter a few bytes.
    assertThat(encoder.sizeBytes()).isLessThan(120 * 3);
    assertThat(encoder.toChunk().bytes()).hasSize(encoder.sizeBytes());
  }

  @Test
  void encodesTheSameBitsAsPrometheusForAKnownSequence() {
    // Header 00 02; varint(zigzag(1000)) = d0 0f; 1.0 = 3f f0 00 00 00 00 00 00;
    // uvarint(15) = 0f; equal value = one 0 bit, padded.
    XorEncoder encoder = new XorEncoder();
    encoder.append(1000, 1.0);
    encoder.append(1015, 1.0);
    assertThat(encoder.toChunk().bytes())
        .containsExactly(0, 2, 0xd0 - 256, 0x0f, 0x3f, 0xf0 - 256, 0, 0, 0, 0, 0, 0, 0x0f, 0);
  }

  @Test
  void wrapRefusesBytesWithoutAHeader() {
    assertThatThrownBy(() -> XorChunk.wrap(new byte[1], 0, 0)).hasMessageContaining("at least 2");
  }

  @Test
  void emptyIteratorHasNoSamples() {
    assertThat(new XorIterator().next()).isFalse();
    assertThat(new XorEncoder().toChunk().iterator(null).seek(0)).isFalse();
  }
}
