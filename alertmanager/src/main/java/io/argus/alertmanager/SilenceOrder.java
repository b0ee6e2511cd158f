package io.argus.alertmanager;

import io.argus.alertmanager.api.GettableSilence;
import io.argus.alertmanager.silence.Silence;
import io.argus.core.label.Matcher;
import java.util.Comparator;
import java.util.List;

/**
 * How the API lists silences, as Alertmanager does: active ones first (ending soonest first), then
 * pending (starting soonest first), then expired (most recently ended first); and which silences
 * a filter selects.
 */
final class SilenceOrder implements Comparator<GettableSilence> {

  static final SilenceOrder INSTANCE = new SilenceOrder();

  @Override
  public int compare(GettableSilence left, GettableSilence right) {
    int byState = Integer.compare(rank(left), rank(right));
    if (byState != 0) {
      return byState;
    }
    return switch (left.status().state()) {
      case "active" -> left.endsAt().compareTo(right.endsAt());
      case "pending" -> left.startsAt().compareTo(right.startsAt());
      default -> right.endsAt().compareTo(left.endsAt());
    };
  }

  private static int rank(GettableSilence silence) {
    return switch (silence.status().state()) {
      case "active" -> 0;
      case "pending" -> 1;
      default -> 2;
    };
  }

  /**
   * Whether a silence passes the API's {@code filter}, as Alertmanager decides it: every filter
   * matcher must equal (name, operator and value) one of the silence's matchers. The filter
   * selects silences by how they were written, not by which alerts they would mute.
   */
  static boolean matchesFilter(Silence silence, List<Matcher> filter) {
    for (Matcher wanted : filter) {
      if (!silence.matchers().contains(wanted)) {
        return false;
      }
    }
    return true;
  }
}
