package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.alert.Alert;
import io.argus.core.label.Labels;
import java.util.Comparator;

/**
 * The order of alerts in a notification, as Alertmanager sorts them: by {@code job}, then {@code
 * instance} (alerts with the label first), then by label set (fewer labels first, then values in
 * name order).
 */
final class AlertOrder implements Comparator<Alert> {

  static final AlertOrder INSTANCE = new AlertOrder();

  private static final String[] OVERRIDE_KEYS = {"job", "instance"};

  @Override
  public int compare(Alert left, Alert right) {
    for (String key : OVERRIDE_KEYS) {
      boolean leftHas = left.labels().has(key);
      boolean rightHas = right.labels().has(key);
      if (!leftHas && !rightHas) {
        continue;
      }
      if (!leftHas) {
        return 1;
      }
      if (!rightHas) {
        return -1;
      }
      int byValue = left.labels().get(key).compareTo(right.labels().get(key));
      if (byValue != 0) {
        return byValue;
      }
    }
    return before(left.labels(), right.labels()) ? -1 : before(right.labels(), left.labels()) ? 1 : 0;
  }

  /** Prometheus' {@code LabelSet.Before}. */
  private static boolean before(Labels left, Labels right) {
    if (left.size() != right.size()) {
      return left.size() < right.size();
    }
    for (int i = 0; i < left.size(); i++) {
      String name = left.name(i);
      if (!right.has(name)) {
        return true;
      }
      int byValue = left.value(i).compareTo(right.get(name));
      if (byValue != 0) {
        return byValue < 0;
      }
    }
    return false;
  }
}
