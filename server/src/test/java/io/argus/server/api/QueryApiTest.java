package io.argus.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.server.ArgusServer;
import io.argus.server.TestHttp;
import io.argus.server.cli.ServerCommandParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query API over real storage, compared with the JSON Prometheus 2.42 returns for the same data. */
class QueryApiTest {

  private static final long T0 = 1_700_000_000_000L;

  @TempDir static Path dir;
  private static ArgusServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ArgusServer.start(ServerCommandParser.parse("--web.listen-address=127.0.0.1:0",
        "--storage.tsdb.path=" + dir.resolve("data"), "--query.max-samples=1000"), Clock.systemUTC());
    Appender appender = server.storage().appender();
    for (int i = 0; i <= 20; i++) {
      long t = T0 + i * 15_000L;
      appender.append(0, Labels.of("__name__", "http_requests_total", "job", "api", "code", "200"), t, 10.0 * i);
      appender.append(0, Labels.of("__name__", "http_requests_total", "job", "api", "code", "500"), t, i);
      appender.append(0, Labels.of("__name__", "http_requests_total", "job", "web", "code", "200"), t, 2.5 * i);
      appender.append(0, Labels.of("__name__", "up", "job", "api", "instance", "a:1"), t, 1);
    }
    appender.commit();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String get(String pathAndQuery) throws Exception {
    return TestHttp.get(server.port(), pathAndQuery).body();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void instantQueryReturnsAVector() throws Exception {
    assertThat(get("/api/v1/query?query=" + encode("sum by (job) (http_requests_total)") + "&time=1700000300"))
        .isEqualTo("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
            + "{\"metric\":{\"job\":\"api\"},\"value\":[1700000300,\"220\"]},"
            + "{\"metric\":{\"job\":\"web\"},\"value\":[1700000300,\"50\"]}]}}");
  }

  @Test
  void rangeQueryReturnsAMatrix() throws Exception {
    assertThat(get("/api/v1/query_range?query=" + encode("http_requests_total{code=\"500\"} / 4")
        + "&start=1700000120&end=1700000150&step=15"))
        .isEqualTo("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            + "{\"metric\":{\"code\":\"500\",\"job\":\"api\"},\"values\":[[1700000120,\"2\"],"
            + "[1700000135,\"2.25\"],[1700000150,\"2.5\"]]}]}}");
  }

  @Test
  void formPostIsAcceptedLikeGet() throws Exception {
    HttpResponse<String> response = TestHttp.send(server.port(), "/api/v1/query", "POST",
        "query=" + encode("up") + "&time=1700000300.5");
    assertThat(response.body()).isEqualTo("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
        + "{\"metric\":{\"__name__\":\"up\",\"instance\":\"a:1\",\"job\":\"api\"},\"value\":[1700000300.5,\"1\"]}]}}");
  }

  @Test
  void parseErrorsAreBadDataWithPosition() throws Exception {
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/query?query=" + encode("sum(up"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":\"error\",\"errorType\":\"bad_data\","
        + "\"error\":\"invalid parameter \\\"query\\\": 1:7: parse error: unclosed left parenthesis\"}");
  }

  @Test
  void executionErrorsAre422() throws Exception {
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/query?query="
        + encode("http_requests_total / ignoring(code) group_left http_requests_total") + "&time=1700000300");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"errorType\":\"execution\"");
  }

  @Test
  void tooManySamplesNamesTheLimit() throws Exception {
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/query_range?query="
        + encode("http_requests_total") + "&start=1700000000&end=1700001000&step=1");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("query processing would load too many samples into memory");
  }

  @Test
  void rangeParametersAreValidatedAsPrometheusDoes() throws Exception {
    assertThat(get("/api/v1/query_range?query=up&start=10&end=5&step=1"))
        .contains("invalid parameter \\\"end\\\": end timestamp must not be before start time");
    assertThat(get("/api/v1/query_range?query=up&start=1&end=5&step=0"))
        .contains("zero or negative query resolution step widths are not accepted");
    assertThat(get("/api/v1/query_range?query=up&start=0&end=100000&step=1"))
        .contains("exceeded maximum resolution of 11,000 points per timeseries");
    assertThat(get("/api/v1/query?query=up&time=yesterday"))
        .contains("invalid parameter \\\"time\\\": cannot parse \\\"yesterday\\\" to a valid timestamp");
    assertThat(get("/api/v1/query_range?query=up&start=2023-11-14T22:13:20Z&end=2023-11-14T22:13:50Z&step=15s"))
        .startsWith("{\"status\":\"success\"");
  }

  @Test
  void seriesLabelsAndValues() throws Exception {
    assertThat(get("/api/v1/series?match%5B%5D=" + encode("up")))
        .isEqualTo("{\"status\":\"success\",\"data\":[{\"__name__\":\"up\",\"instance\":\"a:1\",\"job\":\"api\"}]}");
    assertThat(get("/api/v1/series")).contains("no match[] parameter provided");
    assertThat(get("/api/v1/labels")).isEqualTo("{\"status\":\"success\",\"data\":[\"__name__\",\"code\",\"instance\",\"job\"]}");
    assertThat(get("/api/v1/labels?match%5B%5D=up")).isEqualTo("{\"status\":\"success\",\"data\":[\"__name__\",\"instance\",\"job\"]}");
    assertThat(get("/api/v1/label/job/values")).isEqualTo("{\"status\":\"success\",\"data\":[\"api\",\"web\"]}");
    assertThat(get("/api/v1/label/code/values?match%5B%5D=" + encode("{job=\"web\"}")))
        .isEqualTo("{\"status\":\"success\",\"data\":[\"200\"]}");
    assertThat(get("/api/v1/label/job/values?limit=1"))
        .isEqualTo("{\"status\":\"success\",\"data\":[\"api\"],\"warnings\":[\"results truncated due to limit\"]}");
  }

  @Test
  void reportsHeadCardinality() throws Exception {
    String tsdb = get("/api/v1/status/tsdb?limit=1");
    assertThat(tsdb)
        .startsWith("{\"status\":\"success\",\"data\":{\"headStats\":{\"numSeries\":4,")
        .contains("\"minTime\":1700000000000,\"maxTime\":1700000300000}")
        .contains("\"seriesCountByMetricName\":[{\"name\":\"http_requests_total\",\"value\":3}]");
    assertThat(get("/api/v1/status/walreplay")).startsWith("{\"status\":\"success\",\"data\":{\"min\":0,");
  }

  @Test
  void exemplarQueriesAreValidatedAndEmptyAsWithoutExemplarStorage() throws Exception {
    assertThat(get("/api/v1/query_exemplars?query=up&start=0&end=100")).isEqualTo("{\"status\":\"success\",\"data\":[]}");
    assertThat(get("/api/v1/query_exemplars?query=" + encode("sum(up")))
        .isEqualTo("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:7: parse error: unclosed left parenthesis\"}");
    assertThat(get("/api/v1/query_exemplars?query=up&start=x")).contains("invalid parameter \\\"start\\\"");
  }

  @Test
  void formatsQueries() throws Exception {
    assertThat(get("/api/v1/format_query?query=" + encode("sum(rate(x[5m]))by(job)")))
        .isEqualTo("{\"status\":\"success\",\"data\":\"sum by (job) (rate(x[5m]))\"}");
  }

  @Test
  void formatsNumbersAndTimesAsPrometheus() {
    assertThat(PromqlJson.formatValue(1e6)).isEqualTo("1000000");
    assertThat(PromqlJson.formatValue(1e21)).isEqualTo("1000000000000000000000");
    assertThat(PromqlJson.formatValue(1e-7)).isEqualTo("0.0000001");
    assertThat(PromqlJson.formatValue(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PromqlJson.formatValue(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(PromqlJson.formatValue(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(PromqlJson.formatValue(Double.NaN)).isEqualTo("NaN");
    assertThat(PromqlJson.formatValue(-2.5)).isEqualTo("-2.5");
    assertThat(PromqlJson.formatTime(1_700_000_000_500L)).isEqualTo("1700000000.5");
    assertThat(PromqlJson.formatTime(1_700_000_000_050L)).isEqualTo("1700000000.05");
    assertThat(PromqlJson.formatTime(1_700_000_000_123L)).isEqualTo("1700000000.123");
    assertThat(PromqlJson.formatTime(-1_500L)).isEqualTo("-1.5");
    assertThat(PromqlJson.formatTime(0)).isEqualTo("0");
  }

  @Test
  void parsesTimesAndDurations() {
    assertThat(ApiParameters.parseTimeMillis("1700000000.1234")).isEqualTo(1_700_000_000_123L);
    assertThat(ApiParameters.parseTimeMillis("2023-11-14T22:13:20.5Z")).isEqualTo(1_700_000_000_500L);
    assertThat(ApiParameters.parseTimeMillis("2023-11-14T23:13:20+01:00")).isEqualTo(1_700_000_000_000L);
    assertThat(ApiParameters.parseDurationMillis("15")).isEqualTo(15_000);
    assertThat(ApiParameters.parseDurationMillis("0.5")).isEqualTo(500);
    assertThat(ApiParameters.parseDurationMillis("1m30s")).isEqualTo(90_000);
  }
}
