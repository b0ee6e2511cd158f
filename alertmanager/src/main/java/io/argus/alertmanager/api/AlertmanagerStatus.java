package io.argus.alertmanager.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code alertmanagerStatus}. {@code config} is {@code {"original": "<yaml>"}}; {@code cluster} is
 * {@code {"status": "disabled", "peers": []}} because Argus does not gossip.
 */
public record AlertmanagerStatus(
    Map<String, Object> cluster,
    Map<String, String> versionInfo,
    Map<String, String> config,
    Instant uptime) {

  public static AlertmanagerStatus standalone(String originalConfig, Instant startedAt, String version) {
    return new AlertmanagerStatus(
        Map.of("status", "disabled", "peers", List.of()),
        Map.of("version", version, "revision", "", "branch", "", "buildUser", "", "buildDate", "",
            "goVersion", ""),
        Map.of("original", originalConfig),
        startedAt);
  }
}
