package io.argus.alertmanager;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.alert.Fingerprint;
import io.argus.alertmanager.api.AlertStatus;
import io.argus.alertmanager.api.ApiMatcher;
import io.argus.alertmanager.api.GettableAlert;
import io.argus.alertmanager.api.GettableSilence;
import io.argus.alertmanager.api.PostableSilence;
import io.argus.alertmanager.api.Receiver;
import io.argus.alertmanager.api.SilenceStatus;
import io.argus.alertmanager.silence.InvalidSilenceException;
import io.argus.alertmanager.silence.Silence;
import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.Labels;
import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between the module's types and the API v2 records. */
final class ApiMapper {

  private ApiMapper() {}

  static Map<String, String> map(Labels labels) {
    Map<String, String> map = new LinkedHashMap<>();
    labels.forEach(map::put);
    return map;
  }

  static Instant instant(long epochMillis) {
    return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis);
  }

  static GettableAlert alert(Alert alert, List<String> receivers, AlertStatus status) {
    List<Receiver> receiverRecords = receivers.stream().map(Receiver::new).toList();
    return new GettableAlert(map(alert.labels()), map(alert.annotations()),
        instant(alert.startsAtMillis()), instant(alert.endsAtMillis()),
        instant(alert.updatedAtMillis()), alert.generatorUrl(),
        Fingerprint.toHex(alert.fingerprint()), receiverRecords, status);
  }

  static GettableSilence silence(Silence silence, long nowMillis) {
    List<ApiMatcher> matchers = new ArrayList<>(silence.matchers().size());
    for (Matcher matcher : silence.matchers()) {
      matchers.add(new ApiMatcher(matcher.name(), matcher.value(), matcher.type().isRegex(),
          !matcher.type().isNegative()));
    }
    return new GettableSilence(silence.id(), new SilenceStatus(silence.state(nowMillis).apiName()),
        instant(silence.updatedAtMillis()), matchers, instant(silence.startsAtMillis()),
        instant(silence.endsAtMillis()), silence.createdBy(), silence.comment());
  }

  /** A posted silence as a {@link Silence}; missing or malformed fields are named in the error. */
  static Silence silence(PostableSilence posted) {
    if (posted.matchers() == null || posted.matchers().isEmpty()) {
      throw new InvalidSilenceException("matchers: at least one matcher required");
    }
    if (posted.startsAt() == null || posted.endsAt() == null) {
      throw new InvalidSilenceException("startsAt and endsAt are required");
    }
    if (!posted.startsAt().isBefore(posted.endsAt())) {
      throw new InvalidSilenceException("Failed to create silence: start time must be before end time");
    }
    List<Matcher> matchers = new ArrayList<>(posted.matchers().size());
    for (ApiMatcher matcher : posted.matchers()) {
      if (matcher.name() == null || matcher.name().isEmpty() || matcher.value() == null) {
        throw new InvalidSilenceException("matchers: every matcher needs a name and a value");
      }
      boolean regex = Boolean.TRUE.equals(matcher.isRegex());
      boolean equal = matcher.isEqual() == null || matcher.isEqual();
      MatchType type = regex
          ? (equal ? MatchType.REGEX : MatchType.NOT_REGEX)
          : (equal ? MatchType.EQUAL : MatchType.NOT_EQUAL);
      try {
        matchers.add(Matcher.of(type, matcher.name(), matcher.value()));
      } catch (InvalidRegexException e) {
        throw new InvalidSilenceException("matchers: invalid regular expression for "
            + matcher.name() + ": " + e.getMessage());
      }
    }
    String id = posted.id() == null ? "" : posted.id();
    return new Silence(id, matchers, posted.startsAt().toEpochMilli(), posted.endsAt().toEpochMilli(),
        0, posted.createdBy(), posted.comment());
  }
}
