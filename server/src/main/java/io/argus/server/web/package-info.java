/**
 * The non-API endpoints of the web server: health, readiness, reload and quit under {@code /-/},
 * and {@code /metrics}. They depend on the server only through the small functional types passed
 * to their constructors.
 */
package io.argus.server.web;
