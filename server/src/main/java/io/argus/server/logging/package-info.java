/**
 * Log output as Prometheus writes it: one logfmt line per event ({@code ts=… level=… msg=…
 * key=value}) or one JSON object per line, chosen by {@code --log.format}, with the level set by
 * {@code --log.level}. Configured in code at start, so the jar needs no logback.xml.
 */
package io.argus.server.logging;
