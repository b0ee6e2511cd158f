package io.argus.server.http;

/** Serves one route. Runs on a virtual thread, so it may block. */
@FunctionalInterface
public interface Endpoint {

  /**
   * Answers the request through {@code exchange}.
   *
   * @throws ApiException for errors the client should see in Prometheus' error envelope
   * @throws Exception for anything else, answered as an internal error
   */
  void handle(Exchange exchange) throws Exception;
}
