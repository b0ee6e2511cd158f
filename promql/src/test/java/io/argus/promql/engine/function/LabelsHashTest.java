package io.argus.promql.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelsHashTest {

  @Test
  void xxh64MatchesPublishedVectors() {
    assertThat(LabelsHash.xxh64(new byte[0])).isEqualTo(0xEF46DB3751D8E999L);
    assertThat(LabelsHash.xxh64("a".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(0xD24EC4F1A98C6E5BL);
    assertThat(LabelsHash.xxh64("abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(0x44BC2CF5AD770999L);
  }

  @Test
  void longInputsUseTheStripeLoop() {
    byte[] input = new byte[100];
    for (int i = 0; i < input.length; i++) {
      input[i] = (byte) i;
    }
    long hash = LabelsHash.xxh64(input);
    input[99]++;
    assertThat(LabelsHash.xxh64(input)).isNotEqualTo(hash);
  }

  @Test
  void unitIntervalIsWithinBounds() {
    double offset = LabelsHash.unitInterval(Labels.of("__name__", "x", "a", "1"));
    assertThat(offset).isBetween(0.0, 1.0);
  }
}
