package io.argus.ingest.sender;

import io.argus.ingest.remotewrite.RemoteWriteProtocol;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A {@link WriteClient} over {@code java.net.http}: POSTs with the headers Prometheus' sender sets
 * (protobuf, snappy, protocol version 0.1.0, a User-Agent), the endpoint's extra headers and
 * authorization, and the endpoint's timeout. HTTPS uses the JVM's default trust store; per-endpoint
 * {@code tls_config} is not supported yet.
 */
public final class HttpWriteClient implements WriteClient {

  static final String USER_AGENT = "Argus/0.1.0";

  private final RemoteWriteEndpoint endpoint;
  private final HttpClient client;

  public HttpWriteClient(RemoteWriteEndpoint endpoint) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder()
        .connectTimeout(endpoint.remoteTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public SendOutcome send(byte[] snappyBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url())
        .timeout(endpoint.remoteTimeout())
        .header("Content-Type", RemoteWriteProtocol.V1.contentType())
        .header("Content-Encoding", "snappy")
        .header("User-Agent", USER_AGENT)
        .header("X-Prometheus-Remote-Write-Version", RemoteWriteProtocol.V1.versionHeaderValue())
        .POST(HttpRequest.BodyPublishers.ofByteArray(snappyBody));
    for (Map.Entry<String, String> header : endpoint.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    String authorization = endpoint.authorization().headerValue();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      String message = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).strip();
      long retryAfter = response.headers().firstValue("Retry-After").map(HttpWriteClient::retryAfterMillis).orElse(0L);
      return new SendOutcome(response.statusCode(), message, retryAfter);
    } catch (IOException e) {
      return new SendOutcome(0, "sending to " + endpoint.url() + " failed: " + e, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendOutcome(0, "interrupted while sending to " + endpoint.url(), 0);
    }
  }

  /** Retry-After as delay-seconds or an HTTP date; 0 when unparseable. */
  static long retryAfterMillis(String value) {
    try {
      return Math.max(0, Long.parseLong(value.trim()) * 1000);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
      } catch (RuntimeException notDate) {
        return 0;
      }
    }
  }
}
