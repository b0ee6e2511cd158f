package io.argus.alertmanager.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.alertmanager.ManualClock;
import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SilencesTest {

  private static final long HOUR = 3_600_000L;

  private ManualClock clock;
  private Silences silences;

  @BeforeEach
  void setUp() {
    clock = new ManualClock(100 * HOUR);
    AtomicInteger ids = new AtomicInteger();
    silences = new Silences(clock, () -> "s" + ids.incrementAndGet(), 10 * HOUR);
  }

  private Silence silence(String id, List<Matcher> matchers, long startsAt, long endsAt) {
    return new Silence(id, matchers, startsAt, endsAt, 0, "alice", "maintenance");
  }

  private long now() {
    return clock.millis();
  }

  @Test
  void createdSilenceMovesThroughPendingActiveExpired() {
    String id = silences.set(silence("", List.of(Matcher.equal("job", "api")), now() + HOUR, now() + 2 * HOUR));
    assertThat(id).isEqualTo("s1");
    assertThat(silences.get(id).state(now())).isEqualTo(SilenceState.PENDING);
    assertThat(silences.mutingSilenceIds(Labels.of("job", "api"), now())).isEmpty();
    clock.advanceMillis(HOUR);
    assertThat(silences.get(id).state(now())).isEqualTo(SilenceState.ACTIVE);
    assertThat(silences.mutingSilenceIds(Labels.of("job", "api", "x", "y"), now())).containsExactly("s1");
    assertThat(silences.mutingSilenceIds(Labels.of("job", "web"), now())).isEmpty();
    clock.advanceMillis(HOUR);
    assertThat(silences.get(id).state(now())).isEqualTo(SilenceState.EXPIRED);
    assertThat(silences.mutingSilenceIds(Labels.of("job", "api"), now())).isEmpty();
  }

  @Test
  void startInThePastIsMovedToNow() {
    String id = silences.set(silence("", List.of(Matcher.equal("a", "b")), now() - HOUR, now() + HOUR));
    assertThat(silences.get(id).startsAtMillis()).isEqualTo(now());
    assertThat(silences.get(id).updatedAtMillis()).isEqualTo(now());
  }

  @Test
  void activeSilenceEndCanBeExtendedInPlace() {
    List<Matcher> matchers = List.of(Matcher.equal("a", "b"));
    String id = silences.set(silence("", matchers, now(), now() + HOUR));
    Silence stored = silences.get(id);
    clock.advanceMillis(1_000);
    String updated = silences.set(silence(id, matchers, stored.startsAtMillis(), now() + 5 * HOUR));
    assertThat(updated).isEqualTo(id);
    assertThat(silences.get(id).endsAtMillis()).isEqualTo(now() + 5 * HOUR);
    assertThat(silences.list()).hasSize(1);
  }

  @Test
  void changingMatchersReplacesTheSilenceWithANewId() {
    String id = silences.set(silence("", List.of(Matcher.equal("a", "b")), now(), now() + HOUR));
    clock.advanceMillis(1_000);
    String replacement = silences.set(silence(id, List.of(Matcher.equal("a", "c")), now(), now() + HOUR));
    assertThat(replacement).isNotEqualTo(id);
    assertThat(silences.get(id).state(now())).isEqualTo(SilenceState.EXPIRED);
    assertThat(silences.get(replacement).state(now())).isEqualTo(SilenceState.ACTIVE);
  }

  @Test
  void expiringPendingSilenceSetsStartAndEndToNow() {
    String id = silences.set(silence("", List.of(Matcher.equal("a", "b")), now() + HOUR, now() + 2 * HOUR));
    silences.expire(id);
    Silence expired = silences.get(id);
    assertThat(expired.startsAtMillis()).isEqualTo(now());
    assertThat(expired.endsAtMillis()).isEqualTo(now());
    assertThat(expired.state(now())).isEqualTo(SilenceState.EXPIRED);
    assertThatThrownBy(() -> silences.expire(id)).isInstanceOf(InvalidSilenceException.class)
        .hasMessageContaining("already expired");
    assertThatThrownBy(() -> silences.expire("nope")).isInstanceOf(SilenceNotFoundException.class);
  }

  @Test
  void updatingAnUnknownIdIsNotFound() {
    assertThatThrownBy(() -> silences.set(silence("nope", List.of(Matcher.equal("a", "b")), now(), now() + HOUR)))
        .isInstanceOf(SilenceNotFoundException.class);
  }

  @Test
  void rejectsInvalidSilences() {
    assertThatThrownBy(() -> silences.set(silence("", List.of(), now(), now() + HOUR)))
        .hasMessage("at least one matcher required");
    assertThatThrownBy(() -> silences.set(silence("", List.of(Matcher.regex("a", ".*")), now(), now() + HOUR)))
        .hasMessage("at least one matcher must not match the empty string");
    assertThatThrownBy(() -> silences.set(silence("", List.of(Matcher.equal("a", "b")), now() + HOUR, now())))
        .hasMessage("end time must not be before start time");
    assertThatThrownBy(() -> silences.set(silence("", List.of(Matcher.equal("a", "b")), now() - 2 * HOUR, now() - HOUR)))
        .hasMessage("end time can't be in the past");
  }

  @Test
  void garbageCollectionKeepsExpiredSilencesForTheRetention() {
    String id = silences.set(silence("", List.of(Matcher.equal("a", "b")), now(), now() + HOUR));
    clock.advanceMillis(11 * HOUR);
    assertThat(silences.collectGarbage()).isZero();
    assertThat(silences.get(id)).isNotNull();
    clock.advanceMillis(1);
    assertThat(silences.collectGarbage()).isEqualTo(1);
    assertThat(silences.get(id)).isNull();
  }
}
