package io.argus.server.http;

import io.argus.server.ListenAddress;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one HTTP server of an Argus process: Jetty on virtual threads, gzip for clients that accept
 * it, a connection limit, and a graceful stop that lets in-flight requests finish within a bound.
 */
public final class HttpServer {

  private final Server server;
  private final ServerConnector connector;
  private final ListenAddress address;

  public HttpServer(ListenAddress address, Router router, long readTimeoutMillis, int maxConnections,
      long shutdownTimeoutMillis) {
    this.address = address;
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("http");
    threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(address.host().isEmpty() ? null : address.host());
    connector.setPort(address.port());
    connector.setIdleTimeout(readTimeoutMillis);
    server.addConnector(connector);
    if (maxConnections > 0) {
      server.addBean(new NetworkConnectionLimit(maxConnections, connector));
    }
    GzipHandler gzip = new GzipHandler(router);
    gzip.setMinGzipSize(1024);
    gzip.addIncludedMethods("POST");
    server.setHandler(new GracefulHandler(gzip));
    server.setStopTimeout(shutdownTimeoutMillis);
    server.setStopAtShutdown(false);
  }

  /**
   * Binds and starts serving.
   *
   * @throws IOException naming the address when it cannot be bound (e.g. the port is in use)
   */
  public void start() throws IOException {
    try {
      server.start();
    } catch (BindException e) {
      stopQuietly();
      throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly();
      throw new IOException("cannot start the web server on " + address + ": " + e.getMessage(), e);
    }
  }

  /** The port actually bound (useful when the configured port was 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Stops accepting, lets in-flight requests finish within the shutdown timeout, then closes. */
  public void stop() throws Exception {
    server.stop();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception ignored) {
      // Already failing to start; the start error is the one to report.
    }
  }
}
