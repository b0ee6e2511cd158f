package io.argus.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.argus.alertmanager.Alertmanager;
import io.argus.alertmanager.api.AlertQuery;
import io.argus.alertmanager.api.GettableSilence;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.api.PostableSilence;
import io.argus.alertmanager.api.PutAlertsResult;
import io.argus.alertmanager.silence.SilenceNotFoundException;
import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Alertmanager's API v2 on Argus's port, so Prometheus can send alerts to Argus and {@code amtool}
 * can manage it: {@code /api/v2/status}, {@code receivers}, {@code alerts} (GET and POST),
 * {@code alerts/groups}, {@code silences} (GET and POST) and {@code silence/<id>} (GET and DELETE).
 * Errors are answered as Alertmanager answers them: the status code and the message as a JSON
 * string.
 */
public final class AlertmanagerApi {

  private static final String JSON = "application/json";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);
  private static final int MAX_BODY_BYTES = 16 << 20;

  private final Supplier<Alertmanager> alertmanager;
  private final ObjectMapper json = objectMapper();

  /** @param alertmanager the running instance (replaced on reload, hence a supplier) */
  public AlertmanagerApi(Supplier<Alertmanager> alertmanager) {
    this.alertmanager = alertmanager;
  }

  public void register(Router router) {
    router.get("/api/v2/status", exchange -> respond(exchange, 200, alertmanager.get().status()));
    router.get("/api/v2/receivers", exchange -> respond(exchange, 200, alertmanager.get().receivers()));
    router.route("/api/v2/alerts", Set.of("GET", "HEAD", "POST"), this::alerts);
    router.get("/api/v2/alerts/groups", exchange ->
        respond(exchange, 200, alertmanager.get().alertGroups(query(exchange))));
    router.route("/api/v2/silences", Set.of("GET", "HEAD", "POST"), this::silences);
    router.route("/api/v2/silence/", Set.of("GET", "HEAD", "DELETE"), this::silence);
  }

  private void alerts(Exchange exchange) throws IOException {
    if (!exchange.method().equals("POST")) {
      respond(exchange, 200, alertmanager.get().alerts(query(exchange)));
      return;
    }
    List<PostableAlert> alerts;
    try {
      alerts = json.readValue(exchange.body(MAX_BODY_BYTES), new TypeReference<List<PostableAlert>>() { });
    } catch (JsonProcessingException e) {
      respond(exchange, 400, "invalid alerts: " + e.getOriginalMessage());
      return;
    } catch (IllegalArgumentException e) {
      respond(exchange, 400, "invalid alerts: " + e.getMessage());
      return;
    }
    PutAlertsResult result = alertmanager.get().putAlerts(alerts);
    if (result.errors().isEmpty()) {
      exchange.stream(200, JSON, out -> { });
    } else {
      respond(exchange, 400, String.join(";", result.errors()));
    }
  }

  private void silences(Exchange exchange) throws IOException {
    if (!exchange.method().equals("POST")) {
      respond(exchange, 200, alertmanager.get().silences(exchange.parameters("filter")));
      return;
    }
    try {
      PostableSilence silence = json.readValue(exchange.body(MAX_BODY_BYTES), PostableSilence.class);
      String id = alertmanager.get().createOrUpdateSilence(silence);
      respond(exchange, 200, Map.of("silenceID", id));
    } catch (JsonProcessingException e) {
      respond(exchange, 400, "invalid silence: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      respond(exchange, 400, e.getMessage());
    }
  }

  private void silence(Exchange exchange) throws IOException {
    String id = exchange.path().substring("/api/v2/silence/".length());
    GettableSilence silence;
    try {
      silence = alertmanager.get().silence(id);
    } catch (SilenceNotFoundException e) {
      respond(exchange, 404, e.getMessage());
      return;
    }
    if (exchange.method().equals("DELETE")) {
      try {
        alertmanager.get().expireSilence(id);
        exchange.stream(200, JSON, out -> { });
      } catch (IllegalArgumentException | IllegalStateException e) {
        respond(exchange, 500, e.getMessage());
      }
      return;
    }
    respond(exchange, 200, silence);
  }

  private static AlertQuery query(Exchange exchange) {
    return new AlertQuery(exchange.parameters("filter"), flag(exchange, "active"), flag(exchange, "silenced"),
        flag(exchange, "inhibited"), flag(exchange, "unprocessed"), exchange.parameter("receiver"));
  }

  /** Alertmanager's boolean filters default to true. */
  private static boolean flag(Exchange exchange, String name) {
    String value = exchange.parameter(name);
    return value == null || value.isEmpty() || Boolean.parseBoolean(value);
  }

  private void respond(Exchange exchange, int status, Object body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.stream(status, JSON, out -> out.write(bytes));
  }

  private static ObjectMapper objectMapper() {
    SimpleModule times = new SimpleModule("alertmanager-times");
    times.addSerializer(Instant.class, new JsonSerializer<>() {
      @Override
      public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(TIMESTAMP.format(value));
      }
    });
    times.addDeserializer(Instant.class, new JsonDeserializer<>() {
      @Override
      public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        try {
          return text == null || text.isEmpty() ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("invalid time \"" + text + "\": expected RFC 3339");
        }
      }
    });
    return new ObjectMapper()
        .registerModule(times)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
