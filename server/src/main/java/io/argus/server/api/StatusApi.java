package io.argus.server.api;

import io.argus.core.time.PrometheusDuration;
import io.argus.server.BuildInfo;
import io.argus.server.RuntimeState;
import io.argus.server.ServerOptions;
import io.argus.server.config.ByteSize;
import io.argus.server.config.ConfigYamlWriter;
import io.argus.server.http.ApiResponses;
import io.argus.server.http.Router;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/v1/status/buildinfo}, {@code flags}, {@code config} and {@code runtimeinfo}. Field
 * names are Prometheus' own, Go-specific ones included (a client may read them); their values
 * describe the JVM instead, as docs/compatibility.md states.
 */
public final class StatusApi {

  private final BuildInfo build;
  private final ServerOptions options;
  private final Supplier<RuntimeState> state;
  private final Instant startTime;

  public StatusApi(BuildInfo build, ServerOptions options, Supplier<RuntimeState> state, Instant startTime) {
    this.build = build;
    this.options = options;
    this.state = state;
    this.startTime = startTime;
  }

  public void register(Router router) {
    router.getOrPost("/api/v1/status/buildinfo", exchange -> ApiResponses.success(exchange,
        ApiResponses.stringMap(buildInfo())));
    router.getOrPost("/api/v1/status/flags", exchange -> ApiResponses.success(exchange,
        ApiResponses.stringMap(new java.util.TreeMap<>(options.flags()))));
    router.getOrPost("/api/v1/status/config", exchange -> ApiResponses.success(exchange,
        ApiResponses.stringMap(Map.of("yaml", ConfigYamlWriter.write(state.get().config())))));
    router.getOrPost("/api/v1/status/runtimeinfo", exchange -> ApiResponses.success(exchange, json -> {
      RuntimeState current = state.get();
      json.writeStartObject();
      json.writeStringField("startTime", startTime.toString());
      json.writeStringField("CWD", Path.of("").toAbsolutePath().toString());
      json.writeBooleanField("reloadConfigSuccess", current.lastReloadSuccessful());
      json.writeStringField("lastConfigTime", current.lastConfigTime().truncatedTo(ChronoUnit.SECONDS).toString());
      json.writeNumberField("corruptionCount", 0);
      json.writeNumberField("goroutineCount", ManagementFactory.getThreadMXBean().getThreadCount());
      json.writeNumberField("GOMAXPROCS", Runtime.getRuntime().availableProcessors());
      json.writeNumberField("GOMEMLIMIT", Runtime.getRuntime().maxMemory());
      json.writeStringField("GOGC", "");
      json.writeStringField("GODEBUG", "");
      json.writeStringField("storageRetention", storageRetention());
      json.writeEndObject();
    }));
  }

  private Map<String, String> buildInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("version", build.version());
    info.put("revision", build.revision());
    info.put("branch", build.branch());
    info.put("buildUser", build.buildUser());
    info.put("buildDate", build.buildDate());
    info.put("goVersion", build.runtimeVersion());
    return info;
  }

  private String storageRetention() {
    String time = options.retentionTimeMillis() > 0 ? PrometheusDuration.format(options.retentionTimeMillis()) : "";
    String size = options.retentionSizeBytes() > 0 ? ByteSize.format(options.retentionSizeBytes()) : "";
    if (!time.isEmpty() && !size.isEmpty()) {
      return time + " or " + size;
    }
    return time.isEmpty() ? size : time;
  }
}
