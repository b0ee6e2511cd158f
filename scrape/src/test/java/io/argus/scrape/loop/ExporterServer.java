package io.argus.scrape.loop;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real in-process HTTP exporter whose response the test sets, recording request headers. */
final class ExporterServer implements AutoCloseable {

  private final HttpServer server;
  private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile String body = "";
  private volatile String contentType = "text/plain; version=0.0.4";
  private volatile int status = 200;
  private volatile boolean gzip;
  private volatile boolean hang;

  ExporterServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/metrics", exchange -> {
      requests.add(Map.copyOf(exchange.getRequestHeaders()));
      if (hang) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (gzip) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
          out.write(bytes);
        }
        bytes = compressed.toByteArray();
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.createContext("/loop", exchange -> {
      exchange.getResponseHeaders().set("Location", "/loop");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.start();
  }

  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  ExporterServer serve(String newBody) {
    this.body = newBody;
    return this;
  }

  ExporterServer contentType(String newContentType) {
    this.contentType = newContentType;
    return this;
  }

  ExporterServer status(int newStatus) {
    this.status = newStatus;
    return this;
  }

  ExporterServer gzip(boolean enabled) {
    this.gzip = enabled;
    return this;
  }

  ExporterServer hang() {
    this.hang = true;
    return this;
  }

  List<Map<String, List<String>>> requests() {
    return requests;
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
