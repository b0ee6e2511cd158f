package io.argus.alertmanager.webhook;

import io.argus.alertmanager.config.HttpClientConfig;
import io.argus.alertmanager.config.WebhookConfig;
import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.DeliveryOutcome;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.alertmanager.notify.Notifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Delivers notifications to a {@code webhook_configs} URL. One attempt is one POST with a request
 * timeout; 2xx is success, 5xx and 429 and network errors are retryable, any other status is a
 * permanent failure (Alertmanager retries 5xx only; 429 is retried here because the peer asks for
 * exactly that). The URL and credentials given as files are read on every attempt, so rotated
 * secrets apply without a reload. Thread-safe.
 */
public final class WebhookNotifier implements Notifier {

  /** The {@code User-Agent} sent with every request. */
  static final String USER_AGENT = "Argus-Alertmanager";

  private final WebhookConfig config;
  private final HttpClient client;
  private final Duration requestTimeout;

  public WebhookNotifier(WebhookConfig config, Duration requestTimeout) {
    this.config = config;
    this.requestTimeout = requestTimeout;
    HttpClientConfig http = config.httpConfig();
    this.client = HttpClient.newBuilder()
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .followRedirects(http.followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
        .version(http.enableHttp2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .connectTimeout(requestTimeout)
        .build();
  }

  @Override
  public String integrationName() {
    return "webhook";
  }

  @Override
  public boolean sendResolved() {
    return config.sendResolved();
  }

  @Override
  public DeliveryOutcome deliver(NotificationData data, List<AlertData> alerts) {
    String body = WebhookPayload.encode(data, config.maxAlerts());
    HttpRequest request;
    try {
      URI uri = URI.create(url());
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
          .timeout(requestTimeout)
          .header("Content-Type", "application/json")
          .header("User-Agent", USER_AGENT)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if ("http".equals(uri.getScheme())) {
        // Like Go's client, no h2c upgrade attempt on cleartext: some webhook servers reject it.
        builder.version(HttpClient.Version.HTTP_1_1);
      }
      String authorization = authorizationHeader(config.httpConfig());
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
      request = builder.build();
    } catch (IOException | IllegalArgumentException e) {
      return new DeliveryOutcome.Failed(false, "other", "cannot build webhook request: " + e.getMessage());
    }
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new DeliveryOutcome.Delivered();
      }
      String message = "unexpected status code " + status + " from " + request.uri() + ": "
          + abbreviate(response.body());
      boolean retryable = status / 100 == 5 || status == 429;
      return new DeliveryOutcome.Failed(retryable, status / 100 == 5 ? "serverError" : "clientError", message);
    } catch (IOException e) {
      return new DeliveryOutcome.Failed(true, "other", "webhook request to " + request.uri()
          + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryOutcome.Failed(false, "other", "interrupted while sending to " + request.uri());
    }
  }

  @Override
  public void close() {
    client.shutdown();
  }

  private String url() throws IOException {
    if (!config.url().isEmpty()) {
      return config.url();
    }
    return Files.readString(Path.of(config.urlFile()), StandardCharsets.UTF_8).strip();
  }

  static String authorizationHeader(HttpClientConfig http) throws IOException {
    if (http.hasBasicAuth()) {
      String password = http.basicAuthPasswordFile().isEmpty()
          ? http.basicAuthPassword()
          : Files.readString(Path.of(http.basicAuthPasswordFile()), StandardCharsets.UTF_8).strip();
      String pair = http.basicAuthUsername() + ":" + password;
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
    if (http.hasAuthorization()) {
      String credentials = http.authorizationCredentialsFile().isEmpty()
          ? http.authorizationCredentials()
          : Files.readString(Path.of(http.authorizationCredentialsFile()), StandardCharsets.UTF_8).strip();
      return http.authorizationType() + " " + credentials;
    }
    return null;
  }

  private static String abbreviate(String body) {
    String oneLine = body.replace('\n', ' ').strip();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}
