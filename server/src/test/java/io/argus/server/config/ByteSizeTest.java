package io.argus.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

  @Test
  void parsesPrometheusUnits() {
    assertThat(ByteSize.parseBytes("0")).isZero();
    assertThat(ByteSize.parseBytes("512")).isEqualTo(512);
    assertThat(ByteSize.parseBytes("10KB")).isEqualTo(10 * 1024);
    assertThat(ByteSize.parseBytes("1GiB")).isEqualTo(1L << 30);
    assertThat(ByteSize.parseBytes("2TB")).isEqualTo(2L << 40);
    assertThat(ByteSize.format(512L << 20)).isEqualTo("512MB");
  }

  @Test
  void rejectsUnknownUnits() {
    assertThatThrownBy(() -> ByteSize.parseBytes("10XB")).hasMessageContaining("\"10XB\"");
    assertThatThrownBy(() -> ByteSize.parseBytes("MB")).hasMessageContaining("\"MB\"");
  }
}
