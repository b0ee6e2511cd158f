package io.argus.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argus.server.BuildInfo;
import io.argus.server.ListenAddress;
import io.argus.server.TestHttp;
import io.argus.server.metrics.SelfMetrics;
import io.argus.server.web.LifecycleEndpoints;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final SelfMetrics metrics = new SelfMetrics(BuildInfo.current());
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    Router router = new Router(metrics);
    router.getOrPost("/api/v1/echo", exchange -> ApiResponses.success(exchange,
        ApiResponses.stringMap(java.util.Map.of("q", String.valueOf(exchange.parameter("q")),
            "m", String.join(",", exchange.parameters("match[]"))))));
    router.getOrPost("/api/v1/bad", exchange -> {
      throw ApiException.badData("invalid parameter \"start\": cannot parse \"x\" to a valid timestamp");
    });
    router.get("/api/v1/boom", exchange -> {
      throw new IllegalStateException("kaput");
    });
    router.get("/api/v1/warn", exchange -> ApiResponses.success(exchange, json -> json.writeNumber(1),
        List.of("a warning"), List.of()));
    router.get("/api/v1/label/", exchange -> exchange.respondText(200, exchange.path()));
    new LifecycleEndpoints(false, ready::get, () -> null, () -> {}).register(router);
    server = new HttpServer(new ListenAddress("127.0.0.1", 0), router, 10_000, 16, 5_000);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void apiErrorsUsePrometheusEnvelope() throws Exception {
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/bad");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("status").asText()).isEqualTo("error");
    assertThat(body.path("errorType").asText()).isEqualTo("bad_data");
    assertThat(body.path("error").asText()).isEqualTo("invalid parameter \"start\": cannot parse \"x\" to a valid timestamp");
  }

  @Test
  void unexpectedFailuresAreInternalErrors() throws Exception {
    HttpResponse<String> response = TestHttp.get(server.port(), "/api/v1/boom");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"kaput\"}");
  }

  @Test
  void mergesQueryAndFormParameters() throws Exception {
    HttpResponse<String> get = TestHttp.get(server.port(), "/api/v1/echo?q=up&match%5B%5D=a&match%5B%5D=b");
    JsonNode data = new ObjectMapper().readTree(get.body()).path("data");
    assertThat(data.path("q").asText()).isEqualTo("up");
    assertThat(data.path("m").asText()).as("repeated match[] parameters, in order").isEqualTo("a,b");
    HttpResponse<String> post = TestHttp.send(server.port(), "/api/v1/echo", "POST", "q=rate(x%5B5m%5D)&match%5B%5D=c");
    assertThat(post.body()).contains("\"q\":\"rate(x[5m])\"").contains("\"m\":\"c\"");
  }

  @Test
  void writesWarnings() throws Exception {
    assertThat(TestHttp.get(server.port(), "/api/v1/warn").body())
        .isEqualTo("{\"status\":\"success\",\"data\":1,\"warnings\":[\"a warning\"]}");
  }

  @Test
  void prefixRoutesMatchBelowThem() throws Exception {
    assertThat(TestHttp.get(server.port(), "/api/v1/label/job/values").body()).isEqualTo("/api/v1/label/job/values");
  }

  @Test
  void readinessFollowsTheServerState() throws Exception {
    HttpResponse<String> notReady = TestHttp.get(server.port(), "/-/ready");
    assertThat(notReady.statusCode()).isEqualTo(503);
    ready.set(true);
    assertThat(TestHttp.get(server.port(), "/-/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongMethodsAreRefused() throws Exception {
    assertThat(TestHttp.send(server.port(), "/api/v1/boom", "DELETE", null).statusCode()).isEqualTo(405);
  }

  @Test
  void countsRequestsByHandlerAndCode() throws Exception {
    TestHttp.get(server.port(), "/api/v1/bad");
    TestHttp.get(server.port(), "/nothing-here");
    String exposition = metricsText();
    assertThat(exposition)
        .contains("argus_http_requests_total{code=\"400\",handler=\"/api/v1/bad\"} 1")
        .contains("argus_http_requests_total{code=\"404\",handler=\"other\"} 1");
  }

  private String metricsText() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter(false).write(out, metrics.registry().scrape());
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
