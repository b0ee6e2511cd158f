package io.argus.scrape.peer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real peer binary (Debian package) started for a test, on a free loopback port. */
final class PeerProcess implements AutoCloseable {

  private final Process process;

  PeerProcess(List<String> command, Path log) throws IOException {
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Polls {@code url} until it answers 200 with a body for which {@code ready} holds; returns the body. */
  static String awaitBody(String url, java.util.function.Predicate<String> ready) throws InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      long deadline = System.nanoTime() + 60_000_000_000L;
      String last = "";
      while (System.nanoTime() < deadline) {
        try {
          HttpResponse<String> response = client.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
          last = response.body();
          if (response.statusCode() == 200 && ready.test(last)) {
            return last;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no ready answer from " + url + "; last body: " + last);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
