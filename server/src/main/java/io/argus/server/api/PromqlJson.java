package io.argus.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.argus.core.label.Labels;
import io.argus.promql.engine.Matrix;
import io.argus.promql.engine.MatrixSeries;
import io.argus.promql.engine.Sample;
import io.argus.promql.engine.Scalar;
import io.argus.promql.engine.StringValue;
import io.argus.promql.engine.Value;
import io.argus.promql.engine.Vector;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Query results in Prometheus' JSON: {@code resultType} and {@code result}, times as Unix seconds
 * with millisecond fraction ({@code 1700000000.5}), values as strings in Go's {@code 'f', -1}
 * format ({@code "1000000"}, {@code "0.0000001"}, {@code "+Inf"}, {@code "NaN"}).
 */
final class PromqlJson {

  private PromqlJson() {}

  /** Writes the members after {@code result} in the data object, e.g. Prometheus' {@code stats}. */
  @FunctionalInterface
  interface ExtraMembers {
    void write(JsonGenerator json) throws IOException;
  }

  static void writeData(JsonGenerator json, Value value) throws IOException {
    writeData(json, value, null);
  }

  static void writeData(JsonGenerator json, Value value, ExtraMembers extra) throws IOException {
    json.writeStartObject();
    switch (value) {
      case Scalar scalar -> {
        json.writeStringField("resultType", "scalar");
        json.writeFieldName("result");
        writePoint(json, scalar.timestampMillis(), formatValue(scalar.value()));
      }
      case StringValue string -> {
        json.writeStringField("resultType", "string");
        json.writeFieldName("result");
        writePoint(json, string.timestampMillis(), string.value());
      }
      case Vector vector -> {
        json.writeStringField("resultType", "vector");
        json.writeArrayFieldStart("result");
        for (Sample sample : vector.samples()) {
          json.writeStartObject();
          json.writeFieldName("metric");
          writeLabels(json, sample.labels());
          json.writeFieldName("value");
          writePoint(json, sample.timestampMillis(), formatValue(sample.value()));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      case Matrix matrix -> {
        json.writeStringField("resultType", "matrix");
        json.writeArrayFieldStart("result");
        for (MatrixSeries series : matrix.series()) {
          writeSeries(json, series);
        }
        json.writeEndArray();
      }
    }
    if (extra != null) {
      extra.write(json);
    }
    json.writeEndObject();
  }

  private static void writeSeries(JsonGenerator json, MatrixSeries series) throws IOException {
    json.writeStartObject();
    json.writeFieldName("metric");
    writeLabels(json, series.labels());
    json.writeArrayFieldStart("values");
    long[] timestamps = series.timestampsMillis();
    double[] values = series.values();
    for (int i = 0; i < series.size(); i++) {
      writePoint(json, timestamps[i], formatValue(values[i]));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void writeLabels(JsonGenerator json, Labels labels) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < labels.size(); i++) {
      json.writeStringField(labels.name(i), labels.value(i));
    }
    json.writeEndObject();
  }

  private static void writePoint(JsonGenerator json, long timestampMillis, String value) throws IOException {
    json.writeStartArray();
    json.writeNumber(formatTime(timestampMillis));
    json.writeString(value);
    json.writeEndArray();
  }

  /** Milliseconds as seconds with at most three decimals and no trailing zeros. */
  static String formatTime(long timestampMillis) {
    long seconds = Math.floorDiv(timestampMillis, 1000);
    int millis = (int) Math.floorMod(timestampMillis, 1000);
    if (millis == 0) {
      return Long.toString(seconds);
    }
    if (seconds < 0) {
      // e.g. -1500 ms is -1.5 s: print the magnitude with a sign rather than floor arithmetic
      long magnitude = -timestampMillis;
      return "-" + formatTime(magnitude);
    }
    StringBuilder out = new StringBuilder().append(seconds).append('.');
    out.append((char) ('0' + millis / 100));
    if (millis % 100 != 0) {
      out.append((char) ('0' + millis / 10 % 10));
      if (millis % 10 != 0) {
        out.append((char) ('0' + millis % 10));
      }
    }
    return out.toString();
  }

  /** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)}, with Prometheus' spellings of the specials. */
  static String formatValue(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return value == 0 && 1 / value < 0 ? "-0" : Long.toString((long) value);
    }
    // Double.toString gives the shortest digits that round-trip (JDK 19+), as Go's -1 precision.
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
