package io.argus.alertmanager.api;

import java.time.Instant;
import java.util.Map;

/** An alert as clients post it ({@code postableAlert}); absent times are null. */
public record PostableAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String generatorURL) {}
