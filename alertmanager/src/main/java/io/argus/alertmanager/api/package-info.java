/**
 * Records shaped like Alertmanager's API v2 OpenAPI definitions (field names exactly as the spec
 * spells them, so the server serializes them with Jackson unchanged; times are {@link
 * java.time.Instant}, to be written as RFC 3339 strings). The {@code server} module owns HTTP; these
 * types and {@link io.argus.alertmanager.Alertmanager} are its entry points into this module.
 */
package io.argus.alertmanager.api;
