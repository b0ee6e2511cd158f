package io.argus.scrape.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.argus.core.label.Labels;
import io.argus.scrape.config.HttpSdConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpDiscovererTest {

  private final HttpServer server;
  private volatile String body = "[]";
  private volatile String contentType = "application/json";

  HttpDiscovererTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/sd", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void pollsGroupsAddsTheUrlAndRemovesVanishedGroups() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sd");
    HttpDiscoverer discoverer = new HttpDiscoverer(HttpSdConfig.of(url));
    try (HttpClient client = HttpClient.newHttpClient()) {
      body = "[{\"targets\": [\"a:1\"], \"labels\": {\"x\": \"y\"}}, {\"targets\": [\"b:1\"]}]";
      List<TargetGroup> groups = discoverer.refresh(client);
      assertThat(groups).hasSize(2);
      assertThat(groups.get(0)).isEqualTo(new TargetGroup(url + ":0", List.of(Labels.of("__address__", "a:1")),
          Labels.of("x", "y", "__meta_url", url.toString())));

      body = "[{\"targets\": [\"a:1\"]}]";
      groups = discoverer.refresh(client);
      assertThat(groups).extracting(TargetGroup::source).containsExactly(url + ":0", url + ":1");
      assertThat(groups.get(1).targets()).isEmpty();

      contentType = "text/plain";
      assertThatThrownBy(() -> discoverer.refresh(client)).hasMessage("unsupported content type \"text/plain\"");
    }
  }
}
