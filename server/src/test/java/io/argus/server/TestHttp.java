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

  public static HttpResponse<byte[]> getBytes(int port, String path, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept-Encoding", acceptEncoding).timeout(Duration.ofSeconds(20)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
