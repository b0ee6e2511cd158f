package io.argus.alertmanager.silence;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import java.util.List;
import java.util.Objects;

/**
 * A silence: alerts matching all {@code matchers} are muted from {@code startsAtMillis} until
 * {@code endsAtMillis}. An empty {@code id} asks the store to create a new silence.
 */
public record Silence(
    String id,
    List<Matcher> matchers,
    long startsAtMillis,
    long endsAtMillis,
    long updatedAtMillis,
    String createdBy,
    String comment) {

  public Silence {
    id = id == null ? "" : id;
    matchers = List.copyOf(matchers);
    createdBy = Objects.requireNonNullElse(createdBy, "");
    comment = Objects.requireNonNullElse(comment, "");
  }

  public SilenceState state(long nowMillis) {
    return SilenceState.at(startsAtMillis, endsAtMillis, nowMillis);
  }

  /** Whether every matcher accepts {@code labels}. */
  public boolean matches(Labels labels) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  Silence withId(String newId) {
    return new Silence(newId, matchers, startsAtMillis, endsAtMillis, updatedAtMillis, createdBy, comment);
  }

  Silence withTimes(long newStartsAtMillis, long newEndsAtMillis, long newUpdatedAtMillis) {
    return new Silence(id, matchers, newStartsAtMillis, newEndsAtMillis, newUpdatedAtMillis, createdBy, comment);
  }
}
