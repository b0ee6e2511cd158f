package io.argus.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes Prometheus' API envelope with a streaming generator: {@code {"status":"success","data":…}}
 * and {@code {"status":"error","errorType":…,"error":…}}, with {@code warnings} and {@code infos}
 * when there are any.
 */
public final class ApiResponses {

  public static final String JSON = "application/json";
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private ApiResponses() {}

  /** Writes the value of {@code data}; the generator is positioned where a JSON value goes. */
  @FunctionalInterface
  public interface DataWriter {
    void write(JsonGenerator json) throws IOException;
  }

  public static void success(Exchange exchange, DataWriter data) throws IOException {
    success(exchange, data, List.of(), List.of());
  }

  public static void success(Exchange exchange, DataWriter data, List<String> warnings, List<String> infos)
      throws IOException {
    exchange.stream(200, JSON, out -> {
      try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
        json.writeStartObject();
        json.writeStringField("status", "success");
        json.writeFieldName("data");
        data.write(json);
        writeStrings(json, "warnings", warnings);
        writeStrings(json, "infos", infos);
        json.writeEndObject();
      }
    });
  }

  public static void error(Exchange exchange, ApiErrorType type, String message) throws IOException {
    exchange.stream(type.httpStatus(), JSON, out -> writeError(out, type, message));
  }

  static void writeError(OutputStream out, ApiErrorType type, String message) throws IOException {
    try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("status", "error");
      json.writeStringField("errorType", type.wireName());
      json.writeStringField("error", message);
      json.writeEndObject();
    }
  }

  /** Writes a flat string-to-string map as a JSON object. */
  public static DataWriter stringMap(Map<String, String> map) {
    return json -> {
      json.writeStartObject();
      for (Map.Entry<String, String> entry : map.entrySet()) {
        json.writeStringField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
    };
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
