package io.argus.scrape.target;

import io.argus.core.label.Labels;

/** What became of one discovered target. */
public sealed interface TargetOutcome {

  /** The labels as discovered. */
  Labels discoveredLabels();

  /** The target will be scraped. */
  record Active(Target target) implements TargetOutcome {
    @Override
    public Labels discoveredLabels() {
      return target.discoveredLabels();
    }
  }

  /** Relabeling dropped the target. */
  record Dropped(Labels discoveredLabels) implements TargetOutcome {}

  /** The target's labels are unusable; the error says why, in Prometheus' words. */
  record Invalid(Labels discoveredLabels, String error) implements TargetOutcome {}
}
