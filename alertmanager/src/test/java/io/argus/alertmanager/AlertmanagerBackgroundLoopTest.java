package io.argus.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production wiring: system clock, virtual threads and the background loop deliver without
 * anyone calling tick(). The generous wait is for the event, not a speed assertion.
 */
class AlertmanagerBackgroundLoopTest {

  @Test
  void backgroundLoopDeliversWithoutTicks() throws Exception {
    BlockingQueue<String> payloads = new LinkedBlockingQueue<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      payloads.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    String yaml = """
        route: {receiver: hook, group_wait: 0s, group_by: [alertname]}
        receivers:
          - name: hook
            webhook_configs: [{url: 'http://127.0.0.1:%d/hook'}]
        """.formatted(server.getAddress().getPort());
    try (Alertmanager alertmanager = Alertmanager.start(AlertmanagerConfigLoader.parse(yaml, "am.yml"),
        AlertmanagerOptions.defaults(null, "http://argus", yaml))) {
      alertmanager.putAlerts(List.of(new PostableAlert(Map.of("alertname", "Loop"), Map.of(), null, null, "")));
      String payload = payloads.poll(30, TimeUnit.SECONDS);
      assertThat(payload).isNotNull().contains("\"alertname\":\"Loop\"", "\"status\":\"firing\"");
    } finally {
      server.stop(0);
    }
  }
}
