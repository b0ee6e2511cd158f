package io.argus.promql.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelsHashTest {

  @Test
  void unitIntervalIsWithinBounds() {
    double offset = LabelsHash.unitInterval(Labels.of("__name__", "x", "a", "1"));
    assertThat(offset).isBetween(0.0, 1.0);
  }
}
