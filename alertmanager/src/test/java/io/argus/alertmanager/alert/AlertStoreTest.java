package io.argus.alertmanager.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import org.junit.jupiter.api.Test;

class AlertStoreTest {

  private static final Labels LABELS = Labels.of("alertname", "Down");

  private static Alert alert(long startsAt, long endsAt, long updatedAt, boolean timeout) {
    return new Alert(LABELS, Labels.empty(), startsAt, endsAt, updatedAt, "", timeout);
  }

  @Test
  void overlappingPostKeepsEarliestStartAndNewestEnd() {
    AlertStore store = new AlertStore();
    store.put(alert(1_000, 10_000, 1_000, false), 1_000);
    Alert merged = store.put(alert(2_000, 20_000, 2_000, false), 2_000);
    assertThat(merged.startsAtMillis()).isEqualTo(1_000);
    assertThat(merged.endsAtMillis()).isEqualTo(20_000);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void explicitLaterEndOfOlderCopyWinsOverYoungerEarlierEnd() {
    AlertStore store = new AlertStore();
    store.put(alert(1_000, 50_000, 1_000, false), 1_000);
    Alert merged = store.put(alert(2_000, 30_000, 2_000, false), 2_000);
    assertThat(merged.endsAtMillis()).isEqualTo(50_000);
  }

  @Test
  void timeoutEndOfOlderCopyDoesNotOutliveAnExplicitResolve() {
    AlertStore store = new AlertStore();
    store.put(alert(1_000, 301_000, 1_000, true), 1_000);
    Alert merged = store.put(alert(1_500, 5_000, 5_000, false), 5_000);
    assertThat(merged.endsAtMillis()).isEqualTo(5_000);
    assertThat(merged.resolvedAt(5_000)).isTrue();
    assertThat(merged.startsAtMillis()).isEqualTo(1_000);
  }

  @Test
  void nonOverlappingPostReplacesTheOldAlert() {
    AlertStore store = new AlertStore();
    store.put(alert(1_000, 2_000, 1_000, false), 3_000);
    Alert replaced = store.put(alert(5_000, 9_000, 5_000, false), 5_000);
    assertThat(replaced.startsAtMillis()).isEqualTo(5_000);
  }

  @Test
  void garbageCollectionDropsOnlyResolvedAlerts() {
    AlertStore store = new AlertStore();
    store.put(alert(1_000, 2_000, 1_000, false), 1_000);
    Alert other = new Alert(Labels.of("alertname", "Up"), Labels.empty(), 1_000, 99_000, 1_000, "", true);
    store.put(other, 1_000);
    assertThat(store.collectGarbage(3_000)).extracting(Alert::labels).containsExactly(LABELS);
    assertThat(store.list()).containsExactly(other);
  }
}
