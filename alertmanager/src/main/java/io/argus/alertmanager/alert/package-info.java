/**
 * Alerts as Alertmanager holds them ({@link io.argus.alertmanager.alert.Alert}: labels,
 * annotations, start, end, update time, and whether the end is only a resolve timeout), their
 * Prometheus-compatible {@link io.argus.alertmanager.alert.Fingerprint}, and the {@link
 * io.argus.alertmanager.alert.AlertStore} that merges repeated posts of one alert. Times are epoch
 * milliseconds; 0 means "not set". Depends only on {@code core}.
 */
package io.argus.alertmanager.alert;
