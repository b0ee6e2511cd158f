package io.argus.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StaleMarker;
import io.argus.server.ArgusServer;
import io.argus.server.TestHttp;
import io.argus.server.cli.ServerCommandParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /federate} against real storage, in the layout Prometheus 2.42 produces. */
class FederationEndpointTest {

  private static final long NOW = 1_795_460_886_814L;

  @TempDir Path dir;
  private ArgusServer server;

  @BeforeEach
  void start() throws Exception {
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  external_labels:\n    cluster: eu\n    job: ext\n");
    server = ArgusServer.start(ServerCommandParser.parse("--web.listen-address=127.0.0.1:0",
        "--storage.tsdb.path=" + dir.resolve("data"), "--config.file=" + config),
        Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
    Appender appender = server.storage().appender();
    Labels up = Labels.of("__name__", "up", "instance", "localhost:19090", "job", "a");
    appender.append(0, up, NOW - 30_000, 0);
    appender.append(0, up, NOW - 15_000, 1);
    appender.append(0, Labels.of("__name__", "go_gc_duration_seconds", "instance", "localhost:19090", "job", "a",
        "quantile", "0"), NOW - 15_000, 5.3119e-05);
    appender.append(0, Labels.of("__name__", "prometheus_tsdb_head_max_time", "instance", "localhost:19090",
        "job", "a"), NOW - 15_000, 1.795460885814e+12);
    appender.append(0, Labels.of("__name__", "gone", "job", "a"), NOW - 30_000, 1);
    appender.append(0, Labels.of("__name__", "gone", "job", "a"), NOW - 15_000, StaleMarker.STALE_NAN);
    appender.append(0, Labels.of("__name__", "too_old", "job", "a"), NOW - 600_000, 1);
    appender.append(0, Labels.of("__name__", "plain"), NOW - 1_000, 2);
    appender.commit();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> federate(String... selectors) throws Exception {
    StringBuilder query = new StringBuilder("/federate?");
    for (String selector : selectors) {
      query.append("match%5B%5D=").append(URLEncoder.encode(selector, StandardCharsets.UTF_8)).append('&');
    }
    return TestHttp.get(server.port(), query.toString());
  }

  @Test
  void writesTheLatestSamplesAsPrometheusDoes() throws Exception {
    HttpResponse<String> response = federate("up", "go_gc_duration_seconds", "prometheus_tsdb_head_max_time",
        "{job=\"a\"}", "plain");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body()).isEqualTo("""
        # TYPE go_gc_duration_seconds untyped
        go_gc_duration_seconds{instance="localhost:19090",job="a",quantile="0",cluster="eu"} 5.3119e-05 1795460871814
        # TYPE plain untyped
        plain{cluster="eu",job="ext"} 2 1795460885814
        # TYPE prometheus_tsdb_head_max_time untyped
        prometheus_tsdb_head_max_time{instance="localhost:19090",job="a",cluster="eu"} 1.795460885814e+12 1795460871814
        # TYPE up untyped
        up{instance="localhost:19090",job="a",cluster="eu"} 1 1795460871814
        """);
  }

  @Test
  void noSelectorsGiveAnEmptyBody() throws Exception {
    HttpResponse<String> response = federate();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aBadSelectorIsA400WithItsPosition() throws Exception {
    HttpResponse<String> response = federate("up{");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("1:4: parse error: unexpected end of input inside braces");
  }
}
