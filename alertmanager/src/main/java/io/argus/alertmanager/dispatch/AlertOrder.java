package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.alert.LabelSetOrder;
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
    return LabelSetOrder.INSTANCE.compare(left.labels(), right.labels());
  }
}
