package io.argus.server.api;

import io.argus.ingest.remoteread.ReadResult;
import io.argus.ingest.remoteread.RemoteReadHandler;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import io.argus.ingest.remotewrite.WriteResult;
import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/write} (the remote-write receiver, only with
 * {@code --web.enable-remote-write-receiver}) and {@code POST /api/v1/read} (remote read), with the
 * status codes and headers senders and readers rely on. Decoding and limits are the ingest
 * module's; this class only moves bytes between HTTP and it.
 */
public final class RemoteStorageApi {

  /** Bodies are read up to this size before the handlers' own, smaller limits judge them. */
  private static final int MAX_READ_BYTES = 64 << 20;

  private final RemoteWriteHandler writeHandler;
  private final RemoteReadHandler readHandler;

  /** @param writeHandler null when the receiver is disabled */
  public RemoteStorageApi(RemoteWriteHandler writeHandler, RemoteReadHandler readHandler) {
    this.writeHandler = writeHandler;
    this.readHandler = readHandler;
  }

  public void register(Router router) {
    router.route("/api/v1/write", Set.of("POST", "PUT"), this::write);
    router.route("/api/v1/read", Set.of("POST"), this::read);
  }

  private void write(Exchange exchange) throws IOException {
    if (writeHandler == null) {
      exchange.respondText(404, "remote write receiver needs to be enabled with --web.enable-remote-write-receiver\n");
      return;
    }
    byte[] body = exchange.body(MAX_READ_BYTES);
    WriteResult result = writeHandler.write(exchange.header("Content-Type"), exchange.header("Content-Encoding"),
        exchange.header("X-Prometheus-Remote-Write-Version"), body);
    result.responseHeaders().forEach(exchange::setHeader);
    if (result.success()) {
      exchange.stream(result.httpStatus(), "text/plain; charset=utf-8", out -> { });
    } else {
      exchange.respondText(result.httpStatus(), result.message() + "\n");
    }
  }

  private void read(Exchange exchange) throws IOException {
    ReadResult result = readHandler.read(exchange.body(MAX_READ_BYTES));
    Map<String, String> headers = result.responseHeaders();
    headers.forEach((name, value) -> {
      if (!name.equals("Content-Type")) {
        exchange.setHeader(name, value);
      }
    });
    byte[] body = result.body();
    exchange.stream(result.httpStatus(), headers.getOrDefault("Content-Type", "application/octet-stream"),
        out -> out.write(body));
  }
}
