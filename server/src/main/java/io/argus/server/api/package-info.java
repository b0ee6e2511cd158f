/**
 * Prometheus' HTTP API v1 as Argus serves it, one class per group of endpoints, each registering
 * its routes on the {@link io.argus.server.http.Router} and writing Prometheus' JSON shapes through
 * {@link io.argus.server.http.ApiResponses}.
 */
package io.argus.server.api;
