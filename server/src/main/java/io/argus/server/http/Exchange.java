package io.argus.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request and its response, as endpoints see them. Query-string and form parameters are merged,
 * as Prometheus' API accepts both GET and form-encoded POST. Exactly one respond or stream call per
 * exchange.
 */
public interface Exchange {

  /** The HTTP method, upper case. */
  String method();

  /** The path, without the query string. */
  String path();

  /** The first value of parameter {@code name}, or null. */
  String parameter(String name);

  /** All values of parameter {@code name} (e.g. {@code match[]}), possibly empty. */
  List<String> parameters(String name);

  /**
   * The request body, read fully. Do not mix with {@link #parameter} on form requests.
   *
   * @param maxBytes the most bytes wanted; a longer body yields {@code maxBytes + 1} bytes, so the
   *     caller can tell "too large" from "exactly the limit"
   */
  byte[] body(int maxBytes) throws IOException;

  /** A request header, or null. */
  String header(String name);

  /** Sets a response header; call before responding. */
  void setHeader(String name, String value);

  /** Writes the response body through {@code body}, which must not close the stream itself. */
  void stream(int status, String contentType, BodyWriter body) throws IOException;

  /** A complete plain-text response. */
  default void respondText(int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream(status, "text/plain; charset=utf-8", out -> out.write(bytes));
  }

  /** Produces a response body. */
  @FunctionalInterface
  interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }
}
