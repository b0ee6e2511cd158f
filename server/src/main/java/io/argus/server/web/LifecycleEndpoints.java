package io.argus.server.web;

import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /-/healthy}, {@code /-/ready}, {@code /-/reload} and {@code /-/quit}, with Prometheus'
 * status codes and texts. Reload and quit answer only with {@code --web.enable-lifecycle}.
 */
public final class LifecycleEndpoints {

  private final boolean lifecycleEnabled;
  private final BooleanSupplier ready;
  private final Supplier<String> reload;
  private final Runnable quit;

  /**
   * @param reload reloads the configuration and returns null on success, else the reason
   * @param quit starts a graceful shutdown without waiting for it
   */
  public LifecycleEndpoints(boolean lifecycleEnabled, BooleanSupplier ready, Supplier<String> reload, Runnable quit) {
    this.lifecycleEnabled = lifecycleEnabled;
    this.ready = ready;
    this.reload = reload;
    this.quit = quit;
  }

  public void register(Router router) {
    Set<String> anyMethod = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");
    router.get("/-/healthy", exchange -> exchange.respondText(200, "Argus Server is Healthy.\n"));
    router.get("/-/ready", exchange -> {
      if (ready.getAsBoolean()) {
        exchange.respondText(200, "Argus Server is Ready.\n");
      } else {
        exchange.respondText(503, "Service Unavailable\n");
      }
    });
    router.route("/-/reload", anyMethod, this::reload);
    router.route("/-/quit", anyMethod, this::quit);
  }

  private void reload(Exchange exchange) throws IOException {
    if (refused(exchange)) {
      return;
    }
    String error = reload.get();
    if (error == null) {
      exchange.respondText(200, "");
    } else {
      exchange.respondText(500, "failed to reload config: " + error + "\n");
    }
  }

  private void quit(Exchange exchange) throws IOException {
    if (refused(exchange)) {
      return;
    }
    exchange.respondText(200, "Requesting termination... Goodbye!\n");
    quit.run();
  }

  private boolean refused(Exchange exchange) throws IOException {
    if (!exchange.method().equals("POST") && !exchange.method().equals("PUT")) {
      exchange.respondText(405, "Only POST or PUT requests allowed");
      return true;
    }
    if (!lifecycleEnabled) {
      exchange.respondText(403, "Lifecycle API is not enabled.");
      return true;
    }
    return false;
  }
}
