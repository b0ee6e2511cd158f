package io.argus.alertmanager;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.core.label.LabelNames;
import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import java.util.Map;

/**
 * Turns a posted alert into an {@link Alert} as Alertmanager's API v2 does: empty label values are
 * dropped, a missing start becomes the end (or now), a missing end becomes now plus the resolve
 * timeout (marked as a timeout), and an alert without labels, with an invalid label or annotation
 * name, or ending before it starts is refused with a message naming the field.
 */
final class AlertValidator {

  private AlertValidator() {}

  /** The error for an invalid alert, or null when it is valid. */
  static String validate(PostableAlert posted) {
    if (posted.labels() == null || posted.labels().values().stream().allMatch(v -> v == null || v.isEmpty())) {
      return "labels: at least one label pair required";
    }
    String labelError = checkNames(posted.labels(), "labels");
    if (labelError != null) {
      return labelError;
    }
    if (posted.annotations() != null) {
      String annotationError = checkNames(posted.annotations(), "annotations");
      if (annotationError != null) {
        return annotationError;
      }
    }
    if (posted.startsAt() != null && posted.endsAt() != null && posted.endsAt().isBefore(posted.startsAt())) {
      return "endsAt: start time must be before end time, got startsAt " + posted.startsAt()
          + " and endsAt " + posted.endsAt();
    }
    return null;
  }

  private static String checkNames(Map<String, String> pairs, String field) {
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      if (!LabelNames.isValidLegacyLabelName(pair.getKey())) {
        return field + ": invalid name \"" + pair.getKey() + "\"";
      }
    }
    return null;
  }

  /** Converts a valid posted alert received at {@code nowMillis}. */
  static Alert toAlert(PostableAlert posted, long nowMillis, long resolveTimeoutMillis) {
    long endsAt = posted.endsAt() == null ? 0 : posted.endsAt().toEpochMilli();
    long startsAt;
    if (posted.startsAt() != null) {
      startsAt = posted.startsAt().toEpochMilli();
    } else {
      startsAt = endsAt != 0 ? endsAt : nowMillis;
    }
    boolean timeout = false;
    if (endsAt == 0) {
      timeout = true;
      endsAt = nowMillis + resolveTimeoutMillis;
    }
    return new Alert(toLabels(posted.labels()), toLabels(posted.annotations()), startsAt, endsAt,
        nowMillis, posted.generatorURL(), timeout);
  }

  private static Labels toLabels(Map<String, String> pairs) {
    if (pairs == null) {
      return Labels.empty();
    }
    LabelsBuilder builder = new LabelsBuilder();
    pairs.forEach(builder::set);
    return builder.build();
  }
}
