package io.argus.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.argus.server.http.ApiException;
import io.argus.server.http.ApiResponses;
import io.argus.server.http.Router;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.head.HeadStats;
import java.io.IOException;
import java.util.List;

/**
 * {@code /api/v1/status/tsdb} (head cardinality, top {@code limit} entries per list, default 10)
 * and {@code /api/v1/status/walreplay}, in Prometheus' shapes. An empty head reports Prometheus'
 * sentinel times (the largest and smallest 64-bit values).
 */
public final class TsdbStatusApi {

  private static final int DEFAULT_LIMIT = 10;

  private final Tsdb tsdb;

  public TsdbStatusApi(Tsdb tsdb) {
    this.tsdb = tsdb;
  }

  public void register(Router router) {
    router.getOrPost("/api/v1/status/tsdb", exchange -> {
      int limit = ApiParameters.limit(exchange);
      if (exchange.parameter("limit") != null && limit == 0) {
        throw ApiException.badData("limit must be a positive number");
      }
      HeadStats stats = tsdb.stats(limit == 0 ? DEFAULT_LIMIT : limit);
      ApiResponses.success(exchange, json -> {
        json.writeStartObject();
        json.writeObjectFieldStart("headStats");
        json.writeNumberField("numSeries", stats.seriesCount());
        json.writeNumberField("numLabelPairs", stats.labelPairCount());
        json.writeNumberField("chunkCount", stats.chunkCount());
        json.writeNumberField("minTime", stats.minTimeMillis());
        json.writeNumberField("maxTime", stats.maxTimeMillis());
        json.writeEndObject();
        writeEntries(json, "seriesCountByMetricName", stats.seriesCountByMetricName());
        writeEntries(json, "labelValueCountByLabelName", stats.labelValueCountByLabelName());
        writeEntries(json, "memoryInBytesByLabelName", stats.memoryInBytesByLabelName());
        writeEntries(json, "seriesCountByLabelValuePair", stats.seriesCountByLabelValuePair());
        json.writeEndObject();
      });
    });
    router.getOrPost("/api/v1/status/walreplay", exchange -> {
      int lastSegment = Math.max(0, tsdb.replayResult().lastSegment());
      ApiResponses.success(exchange, json -> {
        // Replay finishes before the server listens, so "current" has always reached "max".
        json.writeStartObject();
        json.writeNumberField("min", 0);
        json.writeNumberField("max", lastSegment);
        json.writeNumberField("current", lastSegment);
        json.writeEndObject();
      });
    });
  }

  private static void writeEntries(JsonGenerator json, String field, List<HeadStats.Entry> entries) throws IOException {
    json.writeArrayFieldStart(field);
    for (HeadStats.Entry entry : entries) {
      json.writeStartObject();
      json.writeStringField("name", entry.name());
      json.writeNumberField("value", entry.value());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
