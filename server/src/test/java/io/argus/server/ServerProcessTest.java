package io.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code argus} command in a child JVM: exit codes, the one error line on bad input,
 * SIGHUP reload and SIGTERM shutdown, as an operator's process supervisor sees them.
 */
class ServerProcessTest {

  @TempDir Path dir;
  private Process process;

  @AfterEach
  void kill() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  private Process launch(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dlogback.configurationFile=none",
        "io.argus.server.cli.ArgusCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout.log").toFile())
        .redirectError(dir.resolve("stderr.log").toFile())
        .start();
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.log"));
  }

  private static void awaitReady(int port, Process process) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        if (TestHttp.get(port, "/-/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("server on port " + port + " never became ready");
  }

  private static String waitForLine(Path log, String fragment) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      for (String line : Files.readAllLines(log)) {
        if (line.contains(fragment)) {
          return line;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no line containing \"" + fragment + "\" in " + log + ":\n" + Files.readString(log));
  }

  @Test
  void aBrokenConfigExitsOneWithOneLineNamingFileAndLine() throws Exception {
    Files.writeString(dir.resolve("bad.yml"), "global:\n  scrape_interval: 1x\n");
    process = launch("--config.file=bad.yml", "--web.listen-address=127.0.0.1:" + TestHttp.freePort());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    List<String> errorLines = stderr().lines().filter(line -> line.contains("level=error")).toList();
    assertThat(errorLines).hasSize(1);
    assertThat(errorLines.get(0)).contains("bad.yml:2:20: invalid duration for scrape_interval");
    assertThat(Files.exists(dir.resolve("data"))).as("nothing half-started").isFalse();
  }

  @Test
  void aPortInUseExitsOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      process = launch("--web.listen-address=127.0.0.1:" + taken.getLocalPort());
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(stderr()).contains("level=error").contains("127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void sighupReloadsAndSigtermStopsGracefully() throws Exception {
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  scrape_interval: 20s\n");
    int port = TestHttp.freePort();
    process = launch("--web.listen-address=127.0.0.1:" + port);
    awaitReady(port, process);
    assertThat(TestHttp.get(port, "/api/v1/status/config").body()).contains("scrape_interval: 20s");

    Files.writeString(config, "global:\n  scrape_interval: 20s\n  unknown_key: 1\n");
    new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor();
    String line = waitForLine(dir.resolve("stderr.log"), "Error reloading config");
    assertThat(line).contains("prometheus.yml:3:3: unknown field").contains("level=error");
    assertThat(TestHttp.get(port, "/metrics").body()).contains("argus_config_last_reload_successful 0");
    assertThat(TestHttp.get(port, "/api/v1/status/config").body()).contains("scrape_interval: 20s");

    Files.writeString(config, "global:\n  scrape_interval: 45s\n");
    new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor();
    Instant deadline = Instant.now().plusSeconds(30);
    while (!TestHttp.get(port, "/api/v1/status/config").body().contains("scrape_interval: 45s")) {
      assertThat(Instant.now()).isBefore(deadline);
      Thread.sleep(100);
    }

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(stderr()).contains("msg=\"Stopping Argus\"").contains("See you next time!");
  }
}
