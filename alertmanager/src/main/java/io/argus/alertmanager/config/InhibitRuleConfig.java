package io.argus.alertmanager.config;

import io.argus.alertmanager.matcher.MatcherSet;
import java.util.List;

/**
 * An inhibit rule: alerts matching {@code targetMatchers} are muted while an alert matching {@code
 * sourceMatchers} fires with the same values of the {@code equal} labels. The legacy {@code
 * source_match}/{@code source_match_re} forms are folded into the matcher sets.
 */
public record InhibitRuleConfig(
    MatcherSet sourceMatchers, MatcherSet targetMatchers, List<String> equal, ConfigPosition position) {

  public InhibitRuleConfig {
    equal = List.copyOf(equal);
  }
}
