package io.argus.scrape.loop;

import io.argus.scrape.client.AuthorizationHeader;
import io.argus.scrape.client.TlsContexts;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.exposition.ExpositionFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches scrape bodies with {@link HttpClient} on virtual threads: the Accept header built from
 * {@code scrape_protocols} with Prometheus' weights, gzip when compression is enabled, auth
 * headers, the whole exchange (headers and body) bounded by the scrape timeout and the body by
 * {@code body_size_limit}. One per scrape pool; thread-safe.
 */
public final class HttpScraper implements AutoCloseable {

  /** What a successful fetch returns: the body (in the caller's buffer) and its content type. */
  record Response(ScrapeBody body, String contentType) {}

  private static final String USER_AGENT = "Argus/0.1.0";

  /** How body size errors start, in Prometheus' words. */
  static final String BODY_SIZE_LIMIT_EXCEEDED = "body size limit exceeded";

  private final ScrapeConfig config;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client;
  private final String acceptHeader;

  public HttpScraper(ScrapeConfig config) {
    this.config = config;
    HttpClientConfig http = config.httpClient();
    HttpClient.Builder builder = HttpClient.newBuilder()
        .executor(executor)
        .followRedirects(http.followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
        // Cleartext HTTP/2 would be attempted with an h2c upgrade, which exporters do not expect; HTTP/2
        // is negotiated only over TLS, as Go's client does.
        .version(http.enableHttp2() && config.scheme().equals("https") ? HttpClient.Version.HTTP_2
            : HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(config.scrapeTimeoutMillis()))
        .sslContext(TlsContexts.sslContext(http.tlsConfig()));
    if (TlsContexts.sslParameters(http.tlsConfig()) != null) {
      builder.sslParameters(TlsContexts.sslParameters(http.tlsConfig()));
    }
    if (http.proxyUrl() != null) {
      builder.proxy(ProxySelector.of(new InetSocketAddress(http.proxyUrl().getHost(), http.proxyUrl().getPort())));
    }
    this.client = builder.build();
    this.acceptHeader = acceptHeader(config.scrapeProtocols());
  }

  /**
   * Prometheus' Accept header: each protocol in order with q from 0.5 down (the weights start at
   * the number of protocols Prometheus knows plus one), then {@code *}{@code /*}.
   */
  static String acceptHeader(List<ExpositionFormat> protocols) {
    StringBuilder header = new StringBuilder();
    int weight = 5; // Prometheus knows four protocols including protobuf, which Argus does not request
    for (ExpositionFormat protocol : protocols) {
      header.append(protocol.mediaType()).append(";q=0.").append(weight--).append(',');
    }
    return header.append("*/*;q=0.").append(weight).toString();
  }

  /**
   * Fetches {@code url} into {@code raw} (and {@code decompressed} when the response is gzipped).
   *
   * @throws ScrapeFailedException naming the problem: status, timeout, size limit or I/O error
   * @throws InterruptedException if the loop is being stopped
   */
  Response fetch(URI url, long timeoutMillis, ScrapeBody raw, ScrapeBody decompressed)
      throws ScrapeFailedException, InterruptedException {
    HttpRequest request = request(url, timeoutMillis);
    long limit = config.bodySizeLimitBytes();
    CompletableFuture<HttpResponse<ScrapeBody>> future =
        client.sendAsync(request, info -> info.statusCode() == 200
            ? new LimitedBodySubscriber(raw, limit)
            : HttpResponse.BodySubscribers.replacing((ScrapeBody) null));
    HttpResponse<ScrapeBody> response;
    try {
      response = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ScrapeFailedException("Get \"" + url + "\": scrape timed out after " + timeoutMillis + "ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (CancellationException e) {
      throw new InterruptedException("scrape cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LimitedBodySubscriber.BodyTooLargeException) {
        throw new ScrapeFailedException(BODY_SIZE_LIMIT_EXCEEDED + " (limit: " + limit + " bytes)");
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new ScrapeFailedException("Get \"" + url + "\": scrape timed out after " + timeoutMillis + "ms");
      }
      throw new ScrapeFailedException("Get \"" + url + "\": " + describe(cause), cause);
    }
    if (response.statusCode() != 200) {
      throw new ScrapeFailedException("server returned HTTP status " + response.statusCode());
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    boolean gzipped = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
    if (!gzipped) {
      return new Response(raw, contentType);
    }
    try {
      if (!decompressed.gunzipFrom(raw, limit)) {
        throw new ScrapeFailedException(BODY_SIZE_LIMIT_EXCEEDED + " (limit: " + limit + " bytes, after gunzip)");
      }
    } catch (IOException e) {
      throw new ScrapeFailedException("invalid gzip body: " + e.getMessage(), e);
    }
    return new Response(decompressed, contentType);
  }

  private HttpRequest request(URI url, long timeoutMillis) throws ScrapeFailedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(url)
        .GET()
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("Accept", acceptHeader)
        .header("Accept-Encoding", config.enableCompression() ? "gzip" : "identity")
        .header("User-Agent", USER_AGENT)
        .header("X-Prometheus-Scrape-Timeout-Seconds", seconds(timeoutMillis));
    String authorization;
    try {
      authorization = AuthorizationHeader.of(config.httpClient());
    } catch (IOException e) {
      throw new ScrapeFailedException(e.getMessage(), e);
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.build();
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public void close() {
    client.shutdownNow();
    executor.shutdownNow();
  }
}
