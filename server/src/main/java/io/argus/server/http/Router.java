package io.argus.server.http;

import io.argus.server.metrics.SelfMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps paths to endpoints (exact paths, or prefixes ending in {@code /}), enforces allowed methods,
 * and records every request in the self-metrics under its route, as Prometheus labels its
 * {@code handler}. Unknown paths get Prometheus' plain {@code 404 page not found}.
 */
public final class Router extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  /** A registered endpoint and the methods it answers. */
  private record Route(String pattern, Set<String> methods, Endpoint endpoint) {}

  private final Map<String, Route> exact = new LinkedHashMap<>();
  private final Map<String, Route> prefixes = new LinkedHashMap<>();
  private final SelfMetrics metrics;

  public Router(SelfMetrics metrics) {
    this.metrics = metrics;
  }

  /** Registers {@code endpoint} for {@code GET} and {@code HEAD} (and {@code POST} when {@code alsoPost}). */
  public Router get(String path, Endpoint endpoint) {
    return route(path, Set.of("GET", "HEAD"), endpoint);
  }

  /** Registers an API endpoint, which Prometheus answers for GET and form-encoded POST alike. */
  public Router getOrPost(String path, Endpoint endpoint) {
    return route(path, Set.of("GET", "HEAD", "POST"), endpoint);
  }

  /**
   * Registers {@code endpoint} for {@code methods}. A path ending in {@code /} is a prefix matching
   * everything below it (for routes such as {@code /api/v1/label/<name>/values}).
   */
  public Router route(String path, Set<String> methods, Endpoint endpoint) {
    Route route = new Route(path, Set.copyOf(methods), endpoint);
    (path.endsWith("/") ? prefixes : exact).put(path, route);
    return this;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    JettyExchange exchange = new JettyExchange(request, response);
    Route route = find(exchange.path());
    String handlerName = route == null ? "other" : route.pattern();
    try {
      if (route == null) {
        exchange.respondText(404, "404 page not found\n");
      } else if (!route.methods().contains(exchange.method())) {
        exchange.setHeader("Allow", String.join(", ", route.methods()));
        exchange.respondText(405, "Method Not Allowed\n");
      } else {
        route.endpoint().handle(exchange);
      }
      callback.succeeded();
    } catch (ApiException e) {
      respondError(exchange, callback, e.type(), e.getMessage());
    } catch (IllegalArgumentException e) {
      respondError(exchange, callback, ApiErrorType.BAD_DATA, e.getMessage());
    } catch (Exception e) {
      LOG.atError().addKeyValue("path", exchange.path()).setCause(e).log("Request failed");
      respondError(exchange, callback, ApiErrorType.INTERNAL, String.valueOf(e.getMessage()));
    } finally {
      metrics.observeHttpRequest(handlerName, exchange.status() == 0 ? 500 : exchange.status(), System.nanoTime() - start);
    }
    return true;
  }

  private Route find(String path) {
    Route route = exact.get(path);
    if (route != null) {
      return route;
    }
    for (Map.Entry<String, Route> prefix : prefixes.entrySet()) {
      if (path.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return null;
  }

  private static void respondError(JettyExchange exchange, Callback callback, ApiErrorType type, String message) {
    if (exchange.status() != 0) {
      // Part of a response is already on the wire; the client sees a truncated body.
      callback.failed(new IllegalStateException(message));
      return;
    }
    try {
      ApiResponses.error(exchange, type, message);
      callback.succeeded();
    } catch (Exception e) {
      callback.failed(e);
    }
  }
}
