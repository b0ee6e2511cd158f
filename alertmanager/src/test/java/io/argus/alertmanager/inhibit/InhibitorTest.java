package io.argus.alertmanager.inhibit;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.config.InhibitRuleConfig;
import io.argus.alertmanager.matcher.MatcherParser;
import io.argus.alertmanager.matcher.MatcherSet;
import io.argus.core.label.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;

class InhibitorTest {

  private static InhibitRuleConfig rule(String source, String target, String... equal) {
    return new InhibitRuleConfig(MatcherSet.of(MatcherParser.parseMatchers(source)),
        MatcherSet.of(MatcherParser.parseMatchers(target)), List.of(equal), null);
  }

  private static Alert firing(String... labels) {
    return new Alert(Labels.of(labels), Labels.empty(), 1_000, 100_000, 1_000, "", false);
  }

  @Test
  void firingSourceInhibitsTargetWithEqualLabels() {
    Inhibitor inhibitor = new Inhibitor(List.of(rule("severity=critical", "severity=warning", "cluster")));
    Alert source = firing("alertname", "Down", "severity", "critical", "cluster", "a");
    inhibitor.observe(source);
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning", "cluster", "a"), 2_000))
        .containsExactly(source.fingerprint());
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning", "cluster", "b"), 2_000)).isEmpty();
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "info", "cluster", "a"), 2_000)).isEmpty();
  }

  @Test
  void missingEqualLabelOnBothSidesCountsAsEqual() {
    Inhibitor inhibitor = new Inhibitor(List.of(rule("severity=critical", "severity=warning", "zone")));
    inhibitor.observe(firing("severity", "critical"));
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning"), 2_000)).hasSize(1);
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning", "zone", "z"), 2_000)).isEmpty();
  }

  @Test
  void resolvedSourceNoLongerInhibitsAndIsCollected() {
    Inhibitor inhibitor = new Inhibitor(List.of(rule("severity=critical", "severity=warning")));
    inhibitor.observe(firing("severity", "critical"));
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning"), 100_000)).isEmpty();
    inhibitor.collectGarbage(100_000);
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("severity", "warning"), 50_000)).isEmpty();
  }

  @Test
  void alertMatchingBothSidesIsNotInhibitedByItsPeers() {
    Inhibitor inhibitor = new Inhibitor(List.of(rule("alertname=Down", "alertname=~\"Down|Slow\"", "job")));
    Alert down = firing("alertname", "Down", "job", "api");
    inhibitor.observe(down);
    assertThat(inhibitor.inhibitingFingerprints(down.labels(), 2_000)).isEmpty();
    assertThat(inhibitor.inhibitingFingerprints(Labels.of("alertname", "Slow", "job", "api"), 2_000))
        .containsExactly(down.fingerprint());
  }
}
