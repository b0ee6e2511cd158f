package io.argus.alertmanager.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSetOrderTest {

  @Test
  void fewerLabelsFirstThenValuesInNameOrder() {
    List<Labels> sets = new ArrayList<>(List.of(
        Labels.of("a", "2", "b", "1"),
        Labels.of("z", "9"),
        Labels.of("a", "1", "b", "2"),
        Labels.of("a", "1", "c", "0")));
    sets.sort(LabelSetOrder.INSTANCE);
    assertThat(sets).containsExactly(
        Labels.of("z", "9"),
        Labels.of("a", "1", "b", "2"),
        Labels.of("a", "1", "c", "0"),
        Labels.of("a", "2", "b", "1"));
    // Labels.compareTo would put {a="1", b="2"} before {z="9"}; Alertmanager does not.
    assertThat(Labels.of("a", "1", "b", "2").compareTo(Labels.of("z", "9"))).isNegative();
  }
}
