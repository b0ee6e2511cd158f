/**
 * The alertmanager module's entry point: {@link io.argus.alertmanager.Alertmanager}, the facade
 * the server calls for API v2 (post and list alerts and groups, silences, receivers, status) and
 * that owns the dispatcher loop, maintenance and state files. Sub-packages hold the concepts
 * (config, routing, dispatch, notification, silences, receivers). Knows nothing of the TSDB or
 * HTTP serving.
 */
package io.argus.alertmanager;
