package io.argus.alertmanager.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class FingerprintProperties {

  /** The allocation-free UTF-8 walk hashes the same bytes as String.getBytes would produce. */
  @Property(tries = 500)
  void equalsFnvOverTheUtf8Bytes(@ForAll @StringLength(min = 1, max = 12) String name,
      @ForAll @StringLength(min = 1, max = 12) String value) {
    long expected = 0xcbf29ce484222325L;
    for (String part : new String[] {name, value}) {
      for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
        expected = (expected ^ (b & 0xff)) * 0x100000001b3L;
      }
      expected = (expected ^ 0xff) * 0x100000001b3L;
    }
    assertThat(Fingerprint.of(Labels.of(name, value))).isEqualTo(expected);
  }
}
