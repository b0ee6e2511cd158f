package io.argus.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for tests against a real server on loopback. */
public final class TestHttp {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestHttp() {}

  public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return send(port, path, "GET", null);
  }

  public static HttpResponse<String> post(int port, String path) throws IOException, InterruptedException {
    return send(port, path, "POST", "");
  }

  public static HttpResponse<String> send(int port, String path, String method, String formBody)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20));
    if (formBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString(formBody));
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Polls {@code path} on {@code port} until the body satisfies {@code done}, for state that a server
   * reaches asynchronously (a scrape, a rule evaluation, a delivery); fails after 60 s with the last
   * answer. This waits for an event; it asserts nothing about speed.
   */
  public static String await(int port, String path, java.util.function.Predicate<String> done) throws Exception {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    String last = "";
    while (java.time.Instant.now().isBefore(deadline)) {
      try {
        last = get(port, path).body();
        if (done.test(last)) {
          return last;
        }
      } catch (IOException notListeningYet) {
        last = notListeningYet.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no answer of " + path + " on port " + port + " matched within 60 s; last: " + last);
  }

  /** A port that was free a moment ago, for servers whose address must be known before they start. */
  public static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public static HttpResponse<byte[]> getBytes(int port, String path, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept-Encoding", acceptEncoding).timeout(Duration.ofSeconds(20)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
