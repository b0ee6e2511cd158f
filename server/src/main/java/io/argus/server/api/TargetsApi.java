package io.argus.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.time.PrometheusDuration;
import io.argus.promql.parser.ParseException;
import io.argus.promql.parser.PromqlParser;
import io.argus.scrape.loop.ScrapePool;
import io.argus.scrape.target.MetricMetadata;
import io.argus.scrape.target.Target;
import io.argus.scrape.target.TargetOutcome;
import io.argus.scrape.target.TargetState;
import io.argus.server.http.ApiException;
import io.argus.server.http.ApiResponses;
import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code /api/v1/targets}, {@code /api/v1/targets/metadata} and {@code /api/v1/metadata}, from the
 * scrape pools' targets and the HELP/TYPE/UNIT each target last exposed, in Prometheus' shapes.
 */
public final class TargetsApi {

  /** Go's zero time, which Prometheus prints for a target never scraped. */
  private static final String NEVER = "0001-01-01T00:00:00Z";

  private final Supplier<Map<String, ScrapePool>> pools;
  private final String hostname;

  public TargetsApi(Supplier<Map<String, ScrapePool>> pools) {
    this.pools = pools;
    this.hostname = localHostname();
  }

  public void register(Router router) {
    router.get("/api/v1/targets", this::targets);
    router.get("/api/v1/targets/metadata", this::targetMetadata);
    router.get("/api/v1/metadata", this::metadata);
  }

  private void targets(Exchange exchange) throws IOException, ApiException {
    String state = exchange.parameter("state") == null ? "any" : exchange.parameter("state").toLowerCase();
    if (!state.equals("any") && !state.equals("active") && !state.equals("dropped")) {
      state = "any"; // Prometheus treats unknown states as "any"
    }
    String poolFilter = exchange.parameter("scrapePool");
    boolean active = !state.equals("dropped");
    boolean dropped = !state.equals("active");
    List<ScrapePool> selected = new ArrayList<>();
    for (Map.Entry<String, ScrapePool> pool : new TreeMap<>(pools.get()).entrySet()) {
      if (poolFilter == null || poolFilter.isEmpty() || poolFilter.equals(pool.getKey())) {
        selected.add(pool.getValue());
      }
    }
    ApiResponses.success(exchange, json -> {
      json.writeStartObject();
      if (active) {
        json.writeArrayFieldStart("activeTargets");
        for (ScrapePool pool : selected) {
          for (Target target : pool.activeTargets()) {
            writeActiveTarget(json, target);
          }
        }
        json.writeEndArray();
      }
      if (dropped) {
        json.writeArrayFieldStart("droppedTargets");
        for (ScrapePool pool : selected) {
          for (TargetOutcome outcome : pool.droppedTargets()) {
            json.writeStartObject();
            json.writeFieldName("discoveredLabels");
            PromqlJson.writeLabels(json, discoveredLabels(outcome));
            json.writeEndObject();
          }
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    });
  }

  private void writeActiveTarget(JsonGenerator json, Target target) throws IOException {
    TargetState state = target.state();
    json.writeStartObject();
    json.writeFieldName("discoveredLabels");
    PromqlJson.writeLabels(json, target.discoveredLabels());
    json.writeFieldName("labels");
    PromqlJson.writeLabels(json, target.publicLabels());
    json.writeStringField("scrapePool", target.scrapePool());
    json.writeStringField("scrapeUrl", target.url().toString());
    json.writeStringField("globalUrl", globalUrl(target.url()));
    json.writeStringField("lastError", state.lastError());
    json.writeStringField("lastScrape",
        state.lastScrapeMillis() == 0 ? NEVER : Instant.ofEpochMilli(state.lastScrapeMillis()).toString());
    json.writeNumberField("lastScrapeDuration", state.lastScrapeDurationMillis() / 1000.0);
    json.writeStringField("health", state.health().wireName());
    json.writeStringField("scrapeInterval", PrometheusDuration.format(target.intervalMillis()));
    json.writeStringField("scrapeTimeout", PrometheusDuration.format(target.timeoutMillis()));
    json.writeEndObject();
  }

  private void targetMetadata(Exchange exchange) throws IOException, ApiException {
    String metric = exchange.parameter("metric");
    int limit = ApiParameters.limit(exchange);
    List<Matcher> targetMatchers = List.of();
    String matchTarget = exchange.parameter("match_target");
    if (matchTarget != null && !matchTarget.isEmpty()) {
      try {
        targetMatchers = PromqlParser.parseMetricSelector(matchTarget);
      } catch (ParseException e) {
        throw ApiException.badData("invalid parameter \"match_target\": " + e.getMessage());
      }
    }
    List<Matcher> matchers = targetMatchers;
    boolean withMetricName = metric == null || metric.isEmpty();
    ApiResponses.success(exchange, json -> {
      json.writeStartArray();
      int written = 0;
      for (ScrapePool pool : new TreeMap<>(pools.get()).values()) {
        for (Target target : pool.activeTargets()) {
          if (!matchesAll(matchers, target.publicLabels())) {
            continue;
          }
          for (Map.Entry<String, MetricMetadata> entry : new TreeMap<>(target.metadata()).entrySet()) {
            if (limit > 0 && written >= limit) {
              break;
            }
            if (!withMetricName && !entry.getKey().equals(metric)) {
              continue;
            }
            json.writeStartObject();
            json.writeFieldName("target");
            PromqlJson.writeLabels(json, target.publicLabels());
            if (withMetricName) {
              json.writeStringField("metric", entry.getKey());
            }
            writeMetadataFields(json, entry.getValue());
            json.writeEndObject();
            written++;
          }
        }
      }
      json.writeEndArray();
    });
  }

  private void metadata(Exchange exchange) throws IOException, ApiException {
    String metric = exchange.parameter("metric");
    int limit = ApiParameters.limit(exchange);
    String perMetricText = exchange.parameter("limit_per_metric");
    int perMetric = perMetricText == null || perMetricText.isEmpty() ? 0 : parsePositive(perMetricText);
    Map<String, Set<MetricMetadata>> byMetric = new TreeMap<>();
    for (ScrapePool pool : pools.get().values()) {
      for (Target target : pool.activeTargets()) {
        for (Map.Entry<String, MetricMetadata> entry : target.metadata().entrySet()) {
          if (metric == null || metric.isEmpty() || metric.equals(entry.getKey())) {
            byMetric.computeIfAbsent(entry.getKey(), name -> new LinkedHashSet<>()).add(entry.getValue());
          }
        }
      }
    }
    ApiResponses.success(exchange, json -> {
      json.writeStartObject();
      int metrics = 0;
      for (Map.Entry<String, Set<MetricMetadata>> entry : byMetric.entrySet()) {
        if (limit > 0 && metrics >= limit) {
          break;
        }
        json.writeArrayFieldStart(entry.getKey());
        int written = 0;
        for (MetricMetadata metadata : entry.getValue()) {
          if (perMetric > 0 && written >= perMetric) {
            break;
          }
          json.writeStartObject();
          writeMetadataFields(json, metadata);
          json.writeEndObject();
          written++;
        }
        json.writeEndArray();
        metrics++;
      }
      json.writeEndObject();
    });
  }

  private static void writeMetadataFields(JsonGenerator json, MetricMetadata metadata) throws IOException {
    json.writeStringField("type", metadata.type().wireName());
    json.writeStringField("help", metadata.help());
    json.writeStringField("unit", metadata.unit());
  }

  private static int parsePositive(String text) throws ApiException {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw ApiException.badData("invalid parameter \"limit_per_metric\": cannot parse \"" + text + "\"");
    }
  }

  private static boolean matchesAll(List<Matcher> matchers, Labels labels) {
    for (Matcher matcher : matchers) {
      if (!matcher.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  private static Labels discoveredLabels(TargetOutcome outcome) {
    return switch (outcome) {
      case TargetOutcome.Active active -> active.discoveredLabels();
      case TargetOutcome.Dropped dropped -> dropped.discoveredLabels();
      case TargetOutcome.Invalid invalid -> invalid.discoveredLabels();
    };
  }

  /** The scrape URL with a loopback host replaced by this machine's name, as Prometheus reports it. */
  private String globalUrl(URI url) {
    String host = url.getHost();
    if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
      return url.toString();
    }
    return url.toString().replaceFirst("//" + java.util.regex.Pattern.quote(host), "//" + hostname);
  }

  private static String localHostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
