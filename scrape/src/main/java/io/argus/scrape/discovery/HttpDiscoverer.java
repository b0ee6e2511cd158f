package io.argus.scrape.discovery;

import io.argus.scrape.config.HttpSdConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code http_sd_configs}: polls a URL that answers 200 with {@code application/json} holding a
 * list of target groups, every refresh interval. Groups get {@code __meta_url}; groups beyond a
 * shorter new list are removed. A failed poll keeps the previous groups and is reported by
 * {@link #lastError()}.
 */
public final class HttpDiscoverer implements Discoverer {

  static final String URL_LABEL = "__meta_url";

  private final HttpSdConfig config;
  private int lastGroupCount;
  private volatile String lastError = "";

  public HttpDiscoverer(HttpSdConfig config) {
    this.config = config;
  }

  /** The error of the last poll, "" if it succeeded. */
  public String lastError() {
    return lastError;
  }

  @Override
  public void run(Consumer<List<TargetGroup>> updates) throws InterruptedException {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient client = HttpClient.newBuilder()
            .executor(executor)
            .followRedirects(config.httpClient().followRedirects()
                ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofMillis(config.refreshIntervalMillis()))
            .sslContext(io.argus.scrape.client.TlsContexts.sslContext(config.httpClient().tlsConfig()))
            .build()) {
      while (true) {
        try {
          updates.accept(refresh(client));
          lastError = "";
        } catch (IOException | IllegalArgumentException e) {
          lastError = e.getMessage();
        }
        Thread.sleep(config.refreshIntervalMillis());
      }
    }
  }

  /** One poll: the groups read plus empty groups for indices that disappeared. */
  List<TargetGroup> refresh(HttpClient client) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(config.url())
        .GET()
        .timeout(Duration.ofMillis(config.refreshIntervalMillis()))
        .header("Accept", "application/json")
        .header("User-Agent", "Argus/0.1.0")
        .header("X-Prometheus-Refresh-Interval-Seconds", Long.toString(config.refreshIntervalMillis() / 1000));
    String authorization = io.argus.scrape.client.AuthorizationHeader.of(config.httpClient());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("server returned HTTP status " + response.statusCode());
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
      throw new IOException("unsupported content type \"" + contentType + "\"");
    }
    List<TargetGroup> groups = TargetGroupDecoder.decode(response.body(), config.url().toString(), URL_LABEL);
    List<TargetGroup> changed = new ArrayList<>(groups);
    for (int i = groups.size(); i < lastGroupCount; i++) {
      changed.add(TargetGroup.empty(config.url() + ":" + i));
    }
    lastGroupCount = groups.size();
    return changed;
  }
}
