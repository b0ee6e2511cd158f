package io.argus.alertmanager.inhibit;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.config.InhibitRuleConfig;
import io.argus.alertmanager.matcher.MatcherSet;
import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies inhibit rules as Alertmanager 0.25 does. Every received alert that matches a rule's
 * source matchers is remembered for that rule; an alert is inhibited when it matches a rule's
 * target matchers and a remembered, still-firing source alert has the same value (absent counts
 * as empty) for every {@code equal} label. When the alert matches both sides of a rule, sources
 * that also match the target side are ignored, so an alert never inhibits itself or its peers.
 * Thread-safe: every method locks the inhibitor.
 */
public final class Inhibitor {

  private final List<Rule> rules;

  public Inhibitor(List<InhibitRuleConfig> configs) {
    List<Rule> built = new ArrayList<>(configs.size());
    for (InhibitRuleConfig config : configs) {
      built.add(new Rule(config.sourceMatchers(), config.targetMatchers(), config.equal()));
    }
    this.rules = List.copyOf(built);
  }

  /** Remembers {@code alert} for each rule whose source side it matches. */
  public synchronized void observe(Alert alert) {
    for (Rule rule : rules) {
      if (rule.source.matches(alert.labels())) {
        rule.sources.put(alert.fingerprint(), alert);
      }
    }
  }

  /**
   * The fingerprints of the alerts that inhibit {@code labels} at {@code nowMillis} under the first
   * rule that inhibits it; empty when nothing does.
   */
  public synchronized List<Long> inhibitingFingerprints(Labels labels, long nowMillis) {
    for (Rule rule : rules) {
      if (!rule.target.matches(labels)) {
        continue;
      }
      boolean excludeTwoSided = rule.source.matches(labels);
      for (Alert source : rule.sources.values()) {
        if (source.resolvedAt(nowMillis)) {
          continue;
        }
        if (excludeTwoSided && rule.target.matches(source.labels())) {
          continue;
        }
        if (equalLabelsMatch(rule.equal, source.labels(), labels)) {
          return List.of(source.fingerprint());
        }
      }
    }
    return List.of();
  }

  /** Forgets source alerts resolved at {@code nowMillis}. */
  public synchronized void collectGarbage(long nowMillis) {
    for (Rule rule : rules) {
      rule.sources.values().removeIf(alert -> alert.resolvedAt(nowMillis));
    }
  }

  private static boolean equalLabelsMatch(List<String> equal, Labels source, Labels target) {
    for (String name : equal) {
      if (!source.get(name).equals(target.get(name))) {
        return false;
      }
    }
    return true;
  }

  private static final class Rule {
    final MatcherSet source;
    final MatcherSet target;
    final List<String> equal;
    final Map<Long, Alert> sources = new HashMap<>();

    Rule(MatcherSet source, MatcherSet target, List<String> equal) {
      this.source = source;
      this.target = target;
      this.equal = equal;
    }
  }
}
