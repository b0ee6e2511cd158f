/**
 * The HTTP layer: one Jetty 12 server on virtual threads ({@link io.argus.server.http.HttpServer}),
 * a {@link io.argus.server.http.Router} from paths to {@link io.argus.server.http.Endpoint}s that
 * counts and times every request by handler, and the response conventions of Prometheus' API
 * ({@link io.argus.server.http.ApiResponses}: the {@code {"status":…}} envelope and its error types).
 * Endpoints see a small {@link io.argus.server.http.Exchange}, never Jetty's types, so they stay
 * testable and independent of the server library.
 */
package io.argus.server.http;
