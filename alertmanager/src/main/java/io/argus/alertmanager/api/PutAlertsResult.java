package io.argus.alertmanager.api;

import java.util.List;

/**
 * The outcome of a post of alerts: how many were accepted and, for each rejected one, an error
 * naming its position in the request, its labels and the field at fault. Accepted alerts are
 * stored even when others were rejected; the server answers 400 with the errors if there are any.
 */
public record PutAlertsResult(int accepted, List<String> errors) {

  public PutAlertsResult {
    errors = List.copyOf(errors);
  }
}
