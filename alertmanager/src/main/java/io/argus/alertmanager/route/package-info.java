/**
 * The routing tree: {@link io.argus.alertmanager.route.Route} nodes built from the configuration
 * with Alertmanager's inheritance of options ({@link io.argus.alertmanager.route.RouteOptions}),
 * and the depth-first matching with {@code continue} that picks the routes an alert belongs to.
 * Depends on the config and matcher packages; knows nothing of alerts' lifecycle or sending.
 */
package io.argus.alertmanager.route;
