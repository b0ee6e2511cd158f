package io.argus.alertmanager.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void matchesPrometheusModelFingerprints() {
    // Vectors from prometheus/common model tests (TestMetricToFingerprint).
    assertThat(Fingerprint.of(Labels.empty())).isEqualTo(Long.parseUnsignedLong("14695981039346656037"));
    assertThat(Fingerprint.of(Labels.of("name", "garland, briggs", "fear", "love is not enough")))
        .isEqualTo(Long.parseUnsignedLong("5799056148416392346"));
  }

  @Test
  void printsSixteenHexDigits() {
    assertThat(Fingerprint.toHex(0x1fL)).isEqualTo("000000000000001f");
    assertThat(Fingerprint.toHex(-1L)).isEqualTo("ffffffffffffffff");
  }
}
