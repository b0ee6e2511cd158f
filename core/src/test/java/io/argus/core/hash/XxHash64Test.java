package io.argus.core.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XxHash64Test {

  @Test
  void matchesPublishedVectors() {
    assertThat(XxHash64.hash(new byte[0])).isEqualTo(0xEF46DB3751D8E999L);
    assertThat(XxHash64.hash("a".getBytes(StandardCharsets.UTF_8))).isEqualTo(0xD24EC4F1A98C6E5BL);
    assertThat(XxHash64.hash("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(0x44BC2CF5AD770999L);
  }

  @Test
  void longInputsUseTheStripeLoop() {
    byte[] input = new byte[100];
    for (int i = 0; i < input.length; i++) {
      input[i] = (byte) i;
    }
    long hash = XxHash64.hash(input);
    input[99]++;
    assertThat(XxHash64.hash(input)).isNotEqualTo(hash);
  }
}
