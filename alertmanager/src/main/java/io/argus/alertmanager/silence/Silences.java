package io.argus.alertmanager.silence;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The silence store, with Alertmanager 0.25's rules. Creating stores a new silence (its start
 * moved up to now if in the past). Updating an existing id changes it in place only when the
 * matchers are unchanged and the times are a legal edit for its state (an active silence keeps its
 * start and may not end in the past; a pending one may not start in the past; an expired one is
 * never edited); otherwise the old silence is expired and a new one with a new id replaces it.
 * Expired silences are kept for {@code retentionMillis} after their end, then collected.
 * Thread-safe: every method locks the store.
 */
public final class Silences {

  /** Alertmanager's default {@code --data.retention}. */
  public static final long DEFAULT_RETENTION_MILLIS = 120 * 3_600_000L;

  private final InstantSource clock;
  private final Supplier<String> idGenerator;
  private final long retentionMillis;
  private final Map<String, Silence> silences = new LinkedHashMap<>();

  public Silences(InstantSource clock, Supplier<String> idGenerator, long retentionMillis) {
    this.clock = clock;
    this.idGenerator = idGenerator;
    this.retentionMillis = retentionMillis;
  }

  public Silences(InstantSource clock) {
    this(clock, () -> UUID.randomUUID().toString(), DEFAULT_RETENTION_MILLIS);
  }

  /**
   * Creates ({@code id} empty) or updates a silence and returns the id it is stored under, which
   * differs from the given one when the update had to replace the silence.
   *
   * @throws InvalidSilenceException when the silence breaks a rule
   * @throws SilenceNotFoundException when a non-empty id is unknown
   */
  public synchronized String set(Silence silence) {
    long now = clock.millis();
    validate(silence);
    Silence previous = silence.id().isEmpty() ? null : silences.get(silence.id());
    if (!silence.id().isEmpty() && previous == null) {
      throw new SilenceNotFoundException(silence.id());
    }
    if (previous != null && canUpdate(previous, silence, now)) {
      silences.put(previous.id(), silence.withTimes(silence.startsAtMillis(), silence.endsAtMillis(), now));
      return previous.id();
    }
    if (previous != null && previous.state(now) != SilenceState.EXPIRED) {
      expireAt(previous, now);
    }
    long startsAt = Math.max(silence.startsAtMillis(), now);
    if (silence.endsAtMillis() <= now) {
      throw new InvalidSilenceException("end time can't be in the past");
    }
    Silence created = silence.withId(idGenerator.get()).withTimes(startsAt, silence.endsAtMillis(), now);
    silences.put(created.id(), created);
    return created.id();
  }

  /**
   * Ends a silence now: an active one gets its end set to now, a pending one its start and end.
   *
   * @throws InvalidSilenceException when it has already expired
   * @throws SilenceNotFoundException when the id is unknown
   */
  public synchronized void expire(String id) {
    Silence silence = silences.get(id);
    if (silence == null) {
      throw new SilenceNotFoundException(id);
    }
    long now = clock.millis();
    if (silence.state(now) == SilenceState.EXPIRED) {
      throw new InvalidSilenceException("silence " + id + " already expired");
    }
    expireAt(silence, now);
  }

  private void expireAt(Silence silence, long now) {
    long startsAt = silence.state(now) == SilenceState.PENDING ? now : silence.startsAtMillis();
    silences.put(silence.id(), silence.withTimes(startsAt, now, now));
  }

  /** The silence with that id, or null. */
  public synchronized Silence get(String id) {
    return silences.get(id);
  }

  /** Every stored silence, in creation order. */
  public synchronized List<Silence> list() {
    return new ArrayList<>(silences.values());
  }

  /** The ids of the silences active at {@code nowMillis} whose matchers all accept {@code labels}. */
  public synchronized List<String> mutingSilenceIds(Labels labels, long nowMillis) {
    List<String> ids = List.of();
    for (Silence silence : silences.values()) {
      if (silence.state(nowMillis) == SilenceState.ACTIVE && silence.matches(labels)) {
        if (ids.isEmpty()) {
          ids = new ArrayList<>(1);
        }
        ids.add(silence.id());
      }
    }
    return ids;
  }

  /** Removes silences that ended more than the retention ago; returns how many. */
  public synchronized int collectGarbage() {
    long cutoff = clock.millis() - retentionMillis;
    int before = silences.size();
    silences.values().removeIf(silence -> silence.endsAtMillis() < cutoff);
    return before - silences.size();
  }

  /** Replaces the contents with {@code loaded} (from a snapshot), dropping what retention would. */
  public synchronized void replaceAll(List<Silence> loaded) {
    silences.clear();
    for (Silence silence : loaded) {
      silences.put(silence.id(), silence);
    }
    collectGarbage();
  }

  private static boolean canUpdate(Silence previous, Silence next, long now) {
    if (!previous.matchers().equals(next.matchers())) {
      return false;
    }
    return switch (previous.state(now)) {
      case ACTIVE -> next.startsAtMillis() == previous.startsAtMillis() && next.endsAtMillis() >= now;
      case PENDING -> next.startsAtMillis() >= now;
      case EXPIRED -> false;
    };
  }

  private static void validate(Silence silence) {
    if (silence.matchers().isEmpty()) {
      throw new InvalidSilenceException("at least one matcher required");
    }
    boolean allMatchEmpty = true;
    for (Matcher matcher : silence.matchers()) {
      if (matcher.name().isEmpty()) {
        throw new InvalidSilenceException("invalid label name \"\" in matcher");
      }
      allMatchEmpty &= matcher.matchesEmpty();
    }
    if (allMatchEmpty) {
      throw new InvalidSilenceException("at least one matcher must not match the empty string");
    }
    if (silence.startsAtMillis() == 0) {
      throw new InvalidSilenceException("invalid zero start timestamp");
    }
    if (silence.endsAtMillis() == 0) {
      throw new InvalidSilenceException("invalid zero end timestamp");
    }
    if (silence.endsAtMillis() < silence.startsAtMillis()) {
      throw new InvalidSilenceException("end time must not be before start time");
    }
  }
}
