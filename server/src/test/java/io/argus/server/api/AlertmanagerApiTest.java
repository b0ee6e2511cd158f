package io.argus.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argus.server.ArgusServer;
import io.argus.server.TestHttp;
import io.argus.server.cli.ServerCommandParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alertmanager's API v2 on Argus's port, driven as Prometheus and amtool 0.25 drive it. */
class AlertmanagerApiTest {

  private static final Path AMTOOL = Path.of("/usr/bin/amtool");

  @TempDir Path dir;
  private ArgusServer server;

  @BeforeEach
  void start() throws Exception {
    Path config = dir.resolve("alertmanager.yml");
    Files.writeString(config, """
        route:
          receiver: team
          group_by: [alertname]
        receivers:
          - name: team
        """);
    server = ArgusServer.start(ServerCommandParser.parse("--web.listen-address=127.0.0.1:0",
        "--storage.tsdb.path=" + dir.resolve("data"), "--alertmanager.config.file=" + config), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String postAlert(String name) throws Exception {
    String startsAt = Instant.now().minusSeconds(60).toString();
    HttpResponse<String> response = post("/api/v2/alerts", """
        [{"labels":{"alertname":"%s","severity":"page","instance":"a:1"},
          "annotations":{"summary":"it broke"},
          "startsAt":"%s","generatorURL":"http://prometheus/graph"}]
        """.formatted(name, startsAt));
    assertThat(response.statusCode()).isEqualTo(200);
    return startsAt;
  }

  @Test
  void acceptsAlertsAsPrometheusSendsThemAndListsThem() throws Exception {
    postAlert("HighErrorRate");
    String alerts = TestHttp.get(server.port(), "/api/v2/alerts").body();
    assertThat(alerts)
        .contains("\"labels\":{")
        .contains("\"alertname\":\"HighErrorRate\"")
        .contains("\"receivers\":[{\"name\":\"team\"}]")
        .contains("\"state\":\"active\"")
        .contains("\"fingerprint\":\"");
    assertThat(TestHttp.get(server.port(), "/api/v2/alerts/groups").body()).contains("\"labels\":{\"alertname\":\"HighErrorRate\"}");
    assertThat(TestHttp.get(server.port(), "/api/v2/receivers").body()).isEqualTo("[{\"name\":\"team\"}]");
    assertThat(TestHttp.get(server.port(), "/api/v2/status").body()).contains("\"original\":\"route:");
  }

  @Test
  void rejectsBadAlertsWithTheReason() throws Exception {
    HttpResponse<String> response = post("/api/v2/alerts", "[{\"labels\":{}}]");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("\"").contains("label");
    assertThat(post("/api/v2/alerts", "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void silencesWorkThroughTheApi() throws Exception {
    postAlert("DiskFull");
    HttpResponse<String> created = post("/api/v2/silences", """
        {"matchers":[{"name":"alertname","value":"DiskFull","isRegex":false,"isEqual":true}],
         "startsAt":"%s","endsAt":"%s","createdBy":"test","comment":"maintenance"}
        """.formatted(Instant.now().minusSeconds(1), Instant.now().plusSeconds(3600)));
    assertThat(created.statusCode()).isEqualTo(200);
    String id = created.body().replaceAll(".*\"silenceID\":\"([^\"]+)\".*", "$1");
    assertThat(TestHttp.get(server.port(), "/api/v2/silence/" + id).body()).contains("\"state\":\"active\"");
    assertThat(TestHttp.get(server.port(), "/api/v2/alerts?silenced=false").body()).doesNotContain("DiskFull");
    assertThat(TestHttp.send(server.port(), "/api/v2/silence/" + id, "DELETE", null).statusCode()).isEqualTo(200);
    assertThat(TestHttp.get(server.port(), "/api/v2/silence/" + id).body()).contains("\"state\":\"expired\"");
    assertThat(TestHttp.get(server.port(), "/api/v2/silence/no-such-id").statusCode()).isEqualTo(404);
  }

  @Test
  void amtoolManagesArgus() throws Exception {
    assumeTrue(Files.isExecutable(AMTOOL), "amtool is not installed (apt-get install prometheus-alertmanager)");
    postAlert("NodeDown");
    assertThat(amtool("alert", "query")).contains("NodeDown").contains("it broke");
    String id = amtool("silence", "add", "alertname=NodeDown", "--comment=reboot", "--author=ops", "--duration=1h").trim();
    assertThat(id).isNotEmpty();
    assertThat(amtool("silence", "query")).contains(id).contains("reboot");
    assertThat(amtool("alert", "query")).doesNotContain("NodeDown");
    amtool("silence", "expire", id);
    assertThat(amtool("silence", "query")).doesNotContain(id);
    assertThat(amtool("config", "show")).contains("receiver: team");
  }

  private String amtool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(AMTOOL.toString(), "--alertmanager.url=http://127.0.0.1:" + server.port()));
    command.addAll(List.of(args));
    // amtool warns on stderr that its version differs from ours; only stdout is its answer.
    Path errors = Files.createTempFile(dir, "amtool", ".err");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("amtool %s: %s %s", String.join(" ", args), output, Files.readString(errors))
        .isZero();
    return output;
  }
}
