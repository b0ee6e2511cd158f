package io.argus.alertmanager.alert;

import io.argus.core.label.Labels;
import java.util.Comparator;

/**
 * Prometheus' {@code model.LabelSet.Before} order, which Alertmanager uses for alerts in a
 * notification and for alert groups in the API: fewer labels first, then by values in name order
 * (a set lacking one of the other's names sorts first). Differs from {@link Labels#compareTo}.
 */
public final class LabelSetOrder implements Comparator<Labels> {

  public static final LabelSetOrder INSTANCE = new LabelSetOrder();

  private LabelSetOrder() {}

  /**
   * {@code Before} is not a total order: two sets of equal size with different names are each
   * "before" the other. Those ties are broken by {@link Labels#compareTo} so sorting stays stable
   * and legal; Go's sort leaves them in an input-dependent order.
   */
  @Override
  public int compare(Labels left, Labels right) {
    boolean leftFirst = before(left, right);
    boolean rightFirst = before(right, left);
    if (leftFirst == rightFirst) {
      return leftFirst ? left.compareTo(right) : 0;
    }
    return leftFirst ? -1 : 1;
  }

  /** {@code LabelSet.Before}. */
  public static boolean before(Labels left, Labels right) {
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
