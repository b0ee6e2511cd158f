package io.argus.alertmanager.api;

import java.time.Instant;
import java.util.List;

/** {@code postableSilence}: a new silence (id null or empty) or an update of an existing one. */
public record PostableSilence(
    String id,
    List<ApiMatcher> matchers,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment) {}
