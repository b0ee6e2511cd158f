package io.argus.alertmanager.api;

import java.time.Instant;
import java.util.List;

/** {@code gettableSilence}: a stored silence with its status and last update. */
public record GettableSilence(
    String id,
    SilenceStatus status,
    Instant updatedAt,
    List<ApiMatcher> matchers,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment) {

  public GettableSilence {
    matchers = List.copyOf(matchers);
  }
}
