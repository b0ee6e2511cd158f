package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.route.Route;
import io.argus.core.label.Labels;
import java.util.List;

/** A read-only snapshot of an aggregation group, for the API's alert groups. */
public record GroupView(Route route, Labels groupLabels, String groupKey, List<Alert> alerts) {

  public GroupView {
    alerts = List.copyOf(alerts);
  }
}
