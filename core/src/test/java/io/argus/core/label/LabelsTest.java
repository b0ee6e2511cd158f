package io.argus.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void sortsByNameAndDropsEmptyValues() {
    Labels labels = Labels.of("job", "api", "__name__", "up", "empty", "");
    assertThat(labels.size()).isEqualTo(2);
    assertThat(labels.name(0)).isEqualTo("__name__");
    assertThat(labels.name(1)).isEqualTo("job");
    assertThat(labels.get("empty")).isEmpty();
    assertThat(labels.has("empty")).isFalse();
    assertThat(labels.toString()).isEqualTo("{__name__=\"up\", job=\"api\"}");
  }

  @Test
  void equalSetsAreEqualWhateverTheInputOrder() {
    Labels a = Labels.of("a", "1", "b", "2");
    Labels b = Labels.of(Map.of("b", "2", "a", "1"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.hash()).isEqualTo(b.hash());
    assertThat(a.compareTo(b)).isZero();
  }

  @Test
  void hashSeparatesNameValueBoundaries() {
    assertThat(Labels.of("ab", "c").hash()).isNotEqualTo(Labels.of("a", "bc").hash());
  }

  @Test
  void ordersPairByPairWithPrefixFirst() {
    Labels shorter = Labels.of("a", "1");
    Labels longer = Labels.of("a", "1", "b", "1");
    Labels larger = Labels.of("a", "2");
    assertThat(shorter.compareTo(longer)).isNegative();
    assertThat(longer.compareTo(larger)).isNegative();
  }

  @Test
  void rejectsDuplicateNamesAndOddCounts() {
    assertThatThrownBy(() -> Labels.of("a", "1", "a", "2")).hasMessageContaining("\"a\"");
    assertThatThrownBy(() -> Labels.of("a")).hasMessageContaining("odd");
  }

  @Test
  void builderDerivesChangedCopies() {
    Labels base = Labels.of("__name__", "up", "job", "api", "instance", "x");
    Labels changed = base.toBuilder().set("job", "web").remove("instance").build();
    assertThat(changed).isEqualTo(Labels.of("__name__", "up", "job", "web"));
    assertThat(base.withoutMetricName()).isEqualTo(Labels.of("job", "api", "instance", "x"));
    assertThat(base.toBuilder().keep("job").build()).isEqualTo(Labels.of("job", "api"));
  }

  @Test
  void quotesValuesLikePrometheus() {
    assertThat(Labels.of("a", "x\"y\\z\n").toString()).isEqualTo("{a=\"x\\\"y\\\\z\\n\"}");
  }
}
